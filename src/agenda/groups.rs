//! Forming working groups from the roster: N groups with every stakeholder group spread as
//! evenly as possible (law enforcement and NGO representatives mixed), reproducible from a
//! seed so a printed plan can be made again.

use std::collections::BTreeMap;

use super::model::{Agenda, WorkingGroup};
use super::values::PersonRef;

/// A small, fixed pseudo-random sequence (splitmix64). Fixed on purpose: the same seed must
/// give the same groups in every version of convene, which a library generator does not
/// promise across its own upgrades.
struct Sequence(u64);

impl Sequence {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Fisher–Yates.
    fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            items.swap(i, j);
        }
    }
}

/// "Group A", "Group B", … "Group Z", "Group 27", …
pub fn group_name(i: usize) -> String {
    match u8::try_from(i).ok().filter(|i| *i < 26) {
        Some(i) => format!("Group {}", char::from(b'A' + i)),
        None => format!("Group {}", i + 1),
    }
}

/// `count` groups from the roster, organisers and facilitators left out. Everyone else is
/// placed exactly once; group sizes differ by at most one, and so does each stakeholder
/// group's share of every group.
pub fn form(agenda: &Agenda, count: usize, seed: u64) -> Vec<WorkingGroup> {
    let count = count.max(1);
    let mut rng = Sequence(seed);
    let mut by_stakeholder: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for p in agenda.participants.iter().filter(|p| !p.organiser) {
        let key = p.stakeholder.clone().unwrap_or_else(|| "(no stakeholder group)".into());
        by_stakeholder.entry(key).or_default().push(p.id.clone());
    }
    let mut buckets: Vec<(String, Vec<String>)> = by_stakeholder.into_iter().collect();
    for (_, ids) in &mut buckets {
        rng.shuffle(ids);
    }
    // Largest stakeholder groups first, so the smaller ones fill the gaps they leave.
    buckets.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then_with(|| a.0.cmp(&b.0)));
    let mut members: Vec<Vec<String>> = vec![Vec::new(); count];
    // Dealing like cards, one continuing round: consecutive people of a stakeholder group
    // land in consecutive groups, and the round carries on into the next stakeholder group.
    let start = (rng.next() % count as u64) as usize;
    let mut seat = start;
    for (_, ids) in buckets {
        for id in ids {
            if let Some(group) = members.get_mut(seat % count) {
                group.push(id);
            }
            seat += 1;
        }
    }
    members
        .into_iter()
        .enumerate()
        .map(|(i, members)| WorkingGroup {
            name: group_name(i),
            rapporteur: members.first().cloned().map(PersonRef::Id),
            members,
            room: None,
            prompts: Vec::new(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::testkit::roundtable;

    fn stakeholder_counts(agenda: &Agenda, groups: &[WorkingGroup]) -> BTreeMap<String, Vec<usize>> {
        let mut out: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        for (g, group) in groups.iter().enumerate() {
            for m in &group.members {
                let s = agenda.participant(m).and_then(|p| p.stakeholder.clone()).unwrap_or_default();
                let counts = out.entry(s).or_insert_with(|| vec![0; groups.len()]);
                counts[g] += 1;
            }
        }
        out
    }

    #[test]
    fn everyone_once_and_stakeholders_spread_evenly() {
        let agenda = roundtable();
        for count in 1..=7 {
            for seed in [0, 1, 42, 2009] {
                let groups = form(&agenda, count, seed);
                assert_eq!(groups.len(), count);
                let mut placed: Vec<&String> = groups.iter().flat_map(|g| &g.members).collect();
                placed.sort();
                let mut roster: Vec<&String> = agenda.participants.iter().map(|p| &p.id).collect();
                roster.sort();
                assert_eq!(placed, roster, "everyone exactly once ({count} groups, seed {seed})");
                let sizes: Vec<usize> = groups.iter().map(|g| g.members.len()).collect();
                assert!(sizes.iter().max().unwrap() - sizes.iter().min().unwrap() <= 1, "{sizes:?}");
                for (stakeholder, counts) in stakeholder_counts(&agenda, &groups) {
                    let spread = counts.iter().max().unwrap() - counts.iter().min().unwrap();
                    assert!(spread <= 1, "{stakeholder} spread {counts:?} ({count} groups, seed {seed})");
                }
            }
        }
    }

    #[test]
    fn the_same_seed_gives_the_same_groups() {
        let agenda = roundtable();
        assert_eq!(form(&agenda, 3, 7), form(&agenda, 3, 7));
        assert_ne!(form(&agenda, 3, 7), form(&agenda, 3, 8), "another seed mixes differently");
        let names: Vec<String> = form(&agenda, 3, 7).into_iter().map(|g| g.name).collect();
        assert_eq!(names, ["Group A", "Group B", "Group C"]);
        assert_eq!(group_name(26), "Group 27");
    }

    #[test]
    fn law_enforcement_and_ngos_are_mixed_in_the_roundtable() {
        let agenda = roundtable();
        let counts = stakeholder_counts(&agenda, &form(&agenda, 3, 1));
        assert!(counts["law enforcement"].iter().all(|&n| n >= 2));
        assert!(counts["NGO"].iter().all(|&n| n == 1), "three NGO people, one per group");
    }
}
