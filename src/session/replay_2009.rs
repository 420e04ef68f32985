//! The 2009 Dushanbe roundtable replayed over both days, as its rapporteur would have
//! captured it: the content of the real report (`roundtable-report-2009.md`, the
//! reference of issue 17), typed point by point under the sample agenda's items.
//!
//! It feeds the golden drafts of issue 17, which are read against the real report section
//! by section, so it keeps the report's order, its list punctuation as typed ("…;",
//! "…; and") and its footnotes as references attached to the point they support. It also
//! keeps what a real run leaves behind for the draft to cope with: a break skipped to make
//! up an overrun, a day whose last item was never ended (day two's first start closes it,
//! the "16:30–09:00" of the annex), a discussion item with turns but no captured point
//! (its skeleton says "[to be written]"), questions, quotes, a contested point and a
//! recommendation captured during a group's report-back.
//!
//! Helpers build one kind of record each; the two days are the script, as data, one record
//! a line (kept so by `rustfmt::skip`: folded over ten lines a record, the script no
//! longer reads as the run it is).

use jiff::{SignedDuration, Timestamp};
use uuid::Uuid;

use super::testkit::{Scribe, roundtable, roundtable_morning};
use super::{Attribution, EntryKind, Event, Mark, Record, Session};

/// Minutes from 09:00 on the first day to 09:00 on the second.
const DAY_TWO: i64 = 24 * 60;

/// The agenda items of `agendas/dushanbe-roundtable-2009.json` the script touches.
mod item {
    pub const REGISTRATION: &str = "d1-registration";
    pub const OPENING: &str = "d1-opening";
    pub const KEY_QUESTIONS: &str = "d1-key-questions";
    pub const COFFEE_1: &str = "d1-coffee";
    pub const PLENARY: &str = "d1-plenary-questions";
    pub const LUNCH_1: &str = "d1-lunch";
    pub const CASE_STUDY: &str = "d1-case-study";
    pub const TEA_1: &str = "d1-tea";
    pub const REPORT_BACK: &str = "d1-report-back";
    pub const WRAP_UP: &str = "d1-wrap-up";
    pub const NGO_PRESENTATIONS: &str = "d2-ngo-presentations";
    pub const UN_APPROACH: &str = "d2-un-approach";
    pub const COFFEE_2: &str = "d2-coffee";
    pub const NGO_DISCUSSION: &str = "d2-ngo-discussion";
    pub const LUNCH_2: &str = "d2-lunch";
    pub const INTERNATIONAL: &str = "d2-international";
    pub const INTERNATIONAL_DISCUSSION: &str = "d2-international-discussion";
    pub const TEA_2: &str = "d2-tea";
    pub const CONCLUSIONS: &str = "d2-conclusions";
    pub const CLOSING: &str = "d2-closing";
}

/// The case study's groups and their rapporteurs, as the agenda names them.
const GROUP_A: (&str, &str) = ("Group A", "mia-1");
const GROUP_B: (&str, &str) = ("Group B", "ngo-3");
const GROUP_C: (&str, &str) = ("Group C", "pros-2");

/// The records of both days: the session's start at 08:55, then the script.
pub fn two_days() -> Vec<Record> {
    let mut scribe = Scribe::new("rapporteur-laptop", roundtable_morning());
    let mut out = vec![scribe.start(&roundtable())];
    let script = day_one().into_iter().chain(day_two().into_iter().map(|(m, e)| (DAY_TWO + m, e)));
    for (minutes, event) in script {
        scribe.now = at(minutes);
        out.push(scribe.record(event));
    }
    out
}

/// An entry's id: the testkit's fixed scheme under a prefix of this script's own, so a
/// test that folds both scripts never sees one id twice.
/// The two days folded into their session.
pub fn two_days_session() -> Session {
    let records = two_days();
    let (first, rest) = records.split_first().unwrap_or_else(|| panic!("the replay has records"));
    let mut session = Session::start(first).unwrap_or_else(|| panic!("the replay starts a session"));
    for r in rest {
        session.apply(r);
    }
    session
}

pub fn id(n: u128) -> Uuid {
    Uuid::from_u128(0x0190_0000_0000_7000_8000_2009_0000_0000 + n)
}

/// `minutes` after 09:00 in Dushanbe (04:00Z) on the first day.
fn at(minutes: i64) -> Timestamp {
    let nine =
        roundtable_morning().saturating_add(SignedDuration::from_mins(5)).unwrap_or(Timestamp::UNIX_EPOCH);
    nine.saturating_add(SignedDuration::from_mins(minutes)).unwrap_or(nine)
}

// Who said it. Every attribution is not for attribution: the roundtable ran under the
// Chatham House Rule.

fn by(participant: &str) -> Attribution {
    Attribution {
        participant: Some(participant.to_string()),
        not_for_attribution: true,
        ..Attribution::default()
    }
}

/// Someone not on the roster, known by role and stakeholder group.
fn by_role(role: &str, stakeholder: &str) -> Attribution {
    Attribution {
        role: Some(role.to_string()),
        stakeholder: Some(stakeholder.to_string()),
        not_for_attribution: true,
        ..Attribution::default()
    }
}

/// The room's, or the organisers', with nobody to name.
fn unattributed() -> Attribution {
    Attribution { not_for_attribution: true, ..Attribution::default() }
}

// One helper per kind of record.

fn start(item: &str) -> Event {
    Event::ItemStarted { item: item.to_string() }
}

fn end(item: &str) -> Event {
    Event::ItemEnded { item: item.to_string() }
}

fn skip(item: &str) -> Event {
    Event::ItemSkipped { item: item.to_string() }
}

fn floor(item: &str, speaker: Attribution) -> Event {
    Event::FloorGiven { speaker, item: item.to_string() }
}

fn prompt(item: &str, index: usize) -> Event {
    Event::PromptRevealed { item: item.to_string(), group: None, index }
}

fn report_back_started((group, _): (&str, &str)) -> Event {
    Event::ReportBackStarted { item: item::CASE_STUDY.to_string(), group: group.to_string() }
}

fn report_back_ended((group, _): (&str, &str)) -> Event {
    Event::ReportBackEnded { item: item::CASE_STUDY.to_string(), group: group.to_string() }
}

fn mark(n: u128, mark: Mark) -> Event {
    Event::EntryMarked { entry: id(n), mark }
}

fn captured(
    n: u128,
    kind: EntryKind,
    item: &str,
    attribution: Attribution,
    group: Option<&str>,
    attached_to: Option<u128>,
    text: &str,
) -> Event {
    Event::EntryCaptured {
        entry: id(n),
        kind,
        text: text.to_string(),
        attribution,
        item: Some(item.to_string()),
        group: group.map(str::to_string),
        attached_to: attached_to.map(id),
    }
}

/// A point under an item, said by `who`.
fn note(n: u128, kind: EntryKind, item: &str, who: Attribution, text: &str) -> Event {
    captured(n, kind, item, who, None, None, text)
}

/// A point of a working group, given by its rapporteur during the group's report-back.
fn group_note(n: u128, kind: EntryKind, (group, rapporteur): (&str, &str), text: &str) -> Event {
    captured(n, kind, item::REPORT_BACK, by(rapporteur), Some(group), None, text)
}

/// A footnote supporting entry `to`, under the same item.
fn reference(n: u128, item: &str, to: u128, text: &str) -> Event {
    captured(n, EntryKind::Reference, item, unattributed(), None, Some(to), text)
}

/// Day one, in minutes after 09:00: Session 1's presentations, plenary questions, the case
/// study in groups and their report-back; the wrap-up is started and never ended.
#[rustfmt::skip]
fn day_one() -> Vec<(i64, Event)> {
    use EntryKind::*;
    use item::*;
    vec![
        (0, start(REGISTRATION)),
        (30, start(OPENING)),
        (31, floor(OPENING, by("osce-tj-1"))),
        (42, floor(OPENING, by("odihr-1"))),
        (58, Event::FloorEnded),
        // Session 1: presentations. The first runs long; the coffee break is skipped to
        // make up the quarter of an hour.
        (60, start(KEY_QUESTIONS)),
        (61, floor(KEY_QUESTIONS, by("odihr-2"))),
        (64, note(1, PresentationPoint, KEY_QUESTIONS, by("odihr-2"), "Since 9/11 there has been a growing tendency to see security and human rights as opposing rather than complementary forces.")),
        (68, note(2, PresentationPoint, KEY_QUESTIONS, by("odihr-2"), "States should address violent extremism and counter terrorism from a comprehensive perspective that takes into account human rights and the counter-productive impact of violations.")),
        (74, note(3, PresentationPoint, KEY_QUESTIONS, by("odihr-2"), "The underlying question is whether an approach is effective: do harsh interrogation methods yield reliable intelligence? Do they inspire trust in the authorities, or help the cause of terrorist organizations?")),
        (81, note(4, PresentationPoint, KEY_QUESTIONS, by("odihr-2"), "Authorities can take a reactive or an intelligent approach to security. The immediate use of force, or acting on group characteristics or stereotypes rather than specific intelligence, is often counter-productive.")),
        (87, note(5, PresentationPoint, KEY_QUESTIONS, by("odihr-2"), "An intelligent approach needs a multilayered strategy: before acting, the authorities should ask whether the use of force helps in the circumstances, for the individual and for society at large.")),
        (89, reference(6, KEY_QUESTIONS, 5, "For example, on 30 April 2009, President Barack Obama of the United States explained his decision to ban the use of waterboarding, having acknowledged that it is a form of torture, stating: “It corrodes the character of a country... [and banning this technique] takes away a critical recruiting tool.” For a video of this speech see: http://www.guardian.co.uk/world/2009/apr/30/obama-waterboarding-mistake")),
        (98, floor(KEY_QUESTIONS, by("exp-acad"))),
        (102, note(7, PresentationPoint, KEY_QUESTIONS, by("exp-acad"), "In Tajikistan \"violent extremism\" is a serious concern for the authorities, but it is not clear how real the threat is, or what \"violent extremism\" actually is.")),
        (108, note(8, PresentationPoint, KEY_QUESTIONS, by("exp-acad"), "\"Religious extremism\" is often said for \"violent extremism\"; economic, political, ideological, legal and organizational aspects are also key factors.")),
        (116, note(9, PresentationPoint, KEY_QUESTIONS, by("exp-acad"), "Addressing \"religious extremism\" may depend on law enforcement, but education matters too: the government could develop academic programmes of religious or Islamic studies.")),
        (121, note(10, PresentationPoint, KEY_QUESTIONS, by("exp-acad"), "Knowledge of Islam itself might be a key defence against those who seek to misuse or abuse it in the name of violence or extremism.")),
        (123, reference(11, KEY_QUESTIONS, 10, "One speaker observed that in Tajikistan many people do not have a basic knowledge of Islam or different religions. This lack of knowledge makes it possible for others to exploit or manipulate the religion.")),
        (134, Event::FloorEnded),
        (135, skip(COFFEE_1)),
        // Questions from the floor.
        (135, start(PLENARY)),
        (136, floor(PLENARY, by("mia-1"))),
        (138, note(12, Question, PLENARY, by("mia-1"), "To what extent is \"violent extremism\" actually a real threat in Tajikistan, and what is it?")),
        (142, floor(PLENARY, by("exp-acad"))),
        (150, floor(PLENARY, by("ngo-2"))),
        (153, note(13, DiscussionPoint, PLENARY, by("ngo-2"), "Part of the challenge is to understand and assess the nature and scope of the problem accurately.")),
        (158, floor(PLENARY, by_role("district police officer", "law enforcement"))),
        (160, note(14, Question, PLENARY, by_role("district police officer", "law enforcement"), "Is \"religious extremism\" the right term for what the police see in the districts?")),
        (166, floor(PLENARY, by("pros-1"))),
        (170, note(15, Quote, PLENARY, by("pros-1"), "\"Prevention is better than cure.\"")),
        (176, floor(PLENARY, by("odihr-2"))),
        (186, Event::FloorEnded),
        (210, start(LUNCH_1)),
        // The case study, in three working groups.
        (270, start(CASE_STUDY)),
        (271, prompt(CASE_STUDY, 0)),
        (271, prompt(CASE_STUDY, 1)),
        (271, prompt(CASE_STUDY, 2)),
        (272, prompt(CASE_STUDY, 3)),
        (272, prompt(CASE_STUDY, 4)),
        (360, start(TEA_1)),
        // The groups report back, one after the other; the room then discusses.
        (375, start(REPORT_BACK)),
        (376, report_back_started(GROUP_A)),
        (376, floor(REPORT_BACK, by(GROUP_A.1))),
        (378, group_note(16, DiscussionPoint, GROUP_A, "A central question is how to protect, or take into account, human rights during police operations which involve the use of force;")),
        (381, group_note(17, DiscussionPoint, GROUP_A, "It is necessary for police to always use minimum force regardless of the nature of the police operation;")),
        (383, reference(18, REPORT_BACK, 17, "The Law on Militia states that firearms should not be used in a crowd or public place. It also states that firearms can only be used in certain circumstances including self-defence; in an emergency; and while detaining persons who have committed a crime. Article 15 provides that firearms may be used: to defend citizens from attack or free hostages; to repel armed or group attack against police, citizens' homes, government buildings, etc.; for detention of individuals showing armed resistance, fleeing police, or caught in the act of a serious crime; self-defense, etc. It also provides that firearms may not be used in crowds.")),
        (386, report_back_ended(GROUP_A)),
        (387, report_back_started(GROUP_B)),
        (387, floor(REPORT_BACK, by(GROUP_B.1))),
        (389, group_note(19, DiscussionPoint, GROUP_B, "It is necessary to consider all consequences before the use of lethal force, including the possibility that the suspect may be innocent, the potential harm to innocent bystanders (collateral damage), any immediate public order impact, any increased tension between different communities or between the police and the public, as well as political implications or impact on a peace process;")),
        (391, reference(20, REPORT_BACK, 19, "Participants observed that the use of force by police may not be well-received by the public and also that the use of force by authorities could cause a conflict to deteriorate further and/or cause the police to lose confidence of the people. Some participants also commented that prevention of terrorism is only possible where there is trust between police and the community and that one practical approach could be for police to engage in direct discussion with the population in local villages.")),
        (393, group_note(21, DiscussionPoint, GROUP_B, "Adequate training for all persons involved in counter-terrorist operations is important, including in relation to operations, applicable laws and human rights;")),
        (394, reference(22, REPORT_BACK, 21, "In Tajikistan, participants indicated that there are officers specially trained in the use of force.")),
        (395, reference(23, REPORT_BACK, 21, "The Law on Security and the Law on the Militia each clearly stipulate that protection of human rights is a priority. (Article 1 of the Law on Security includes individuals and their rights and freedoms amongst the fundamental \"objects\" of security. The other two objects are the society and the state. Article 3 of the Law on the Militia lists the protection of the life, health, rights and freedoms of the citizen first amongst the fundamental areas of action for the Militia; Article 5 further provides that the militia is to protect the rights and freedoms of each person without discrimination.)")),
        (396, group_note(24, RecommendationParticipants, GROUP_B, "Police should engage in direct discussion with the population in local villages.")),
        (397, report_back_ended(GROUP_B)),
        (398, report_back_started(GROUP_C)),
        (398, floor(REPORT_BACK, by(GROUP_C.1))),
        (400, group_note(25, DiscussionPoint, GROUP_C, "There must be accountability of police officers involved in the lethal use of force in order to protect and ensure the rights of the public;")),
        (401, reference(26, REPORT_BACK, 25, "Article 13 of the Law on the Militia provides that whenever a person is injured or killed by a police officer, the officer must make a report to his supervisor for submission to the prosecutor's office.")),
        (403, group_note(27, DiscussionPoint, GROUP_C, "The state has an overarching responsibility for the actions of all police officers; police supervisors have responsibility for the actions of their subordinates;")),
        (405, reference(28, REPORT_BACK, 27, "The necessity for clear instructions or guidelines in police counter-terrorism operations was also emphasized. The state should demonstrate to the public that the authorities are competent to deal with terrorist threats and that this includes providing law enforcement with adequate training, instruction and planning.")),
        (407, group_note(29, DiscussionPoint, GROUP_C, "Where there is a perception that religion is a central issue, it must be addressed as a matter of priority.")),
        (409, report_back_ended(GROUP_C)),
        // Plenary on the groups' observations: accountability is disputed.
        (410, floor(REPORT_BACK, by("mia-3"))),
        (416, mark(25, Mark::Contested)),
        (417, floor(REPORT_BACK, by("ngo-yc"))),
        (424, floor(REPORT_BACK, by("scns-1"))),
        (431, floor(REPORT_BACK, by_role("community leader", "civil society"))),
        (437, Event::FloorEnded),
        // The wrap-up: the facilitator forgets to end it, so day two's first start does.
        (450, start(WRAP_UP)),
        (451, floor(WRAP_UP, by("odihr-1"))),
        (462, Event::FloorEnded),
    ]
}

/// Day two, in minutes after its 09:00: Session 2 (the NGOs, the UN, the discussion),
/// Session 3 (the international panel; its discussion item captured nothing), the general
/// conclusions and recommendations, the closing.
#[rustfmt::skip]
fn day_two() -> Vec<(i64, Event)> {
    use EntryKind::*;
    use item::*;
    vec![
        // Session 2: presentations by two Tajik NGOs.
        (0, start(NGO_PRESENTATIONS)),
        (1, floor(NGO_PRESENTATIONS, by("ngo-yc"))),
        (5, note(101, PresentationPoint, NGO_PRESENTATIONS, by("ngo-yc"), "The 11 religious (“Islamic”) organizations which have been prohibited can be divided into two categories: (1) those which advocate and/or use force; and (2) those which do not.")),
        (6, reference(102, NGO_PRESENTATIONS, 101, "The Islamic Movement of Uzbekistan was given as an example of this category.")),
        (7, reference(103, NGO_PRESENTATIONS, 101, "Hizb-ut Tahrir and Salafia groups were given as examples of this category.")),
        (11, note(104, PresentationPoint, NGO_PRESENTATIONS, by("ngo-yc"), "There are gaps in the legal definition of “extremism” and “terrorism” as well as confusion with respect to the term “religious extremism” and what it means. While “radicalism” can be understood as support for extreme opinions and methods (usually in politics), the Law on Combating Extremism defines “extremism” in terms of a manifestation of extreme forms of actions. This law does not provide sufficiently clear definitions that conform to international standards or could be acceptable to the public in Tajikistan.")),
        (13, reference(105, NGO_PRESENTATIONS, 104, "The definition of “extremism” in Clause 3 of the law reads: “Экстремизм - это проявление юридическими и физическими лицами выражения крайних форм действий, призывающих к дестабилизации, изменению конституционного строя в стране, захвату власти и присвоению её полномочий, разжиганию расовой, национальной, социальной и религиозной вражды” (“Extremism: expression by legal or physical persons of terms of extreme forms of action, calling for destabilisation, change of the country’s constitutional order, seizure of power and assumption of state authorities, incitement of racial, national, social or religious enmity”).")),
        (16, note(106, PresentationPoint, NGO_PRESENTATIONS, by("ngo-yc"), "Insufficient attention is being paid to social, economic and political reasons which cause or contribute to extremism;")),
        (18, note(107, PresentationPoint, NGO_PRESENTATIONS, by("ngo-yc"), "Other relevant factors with respect to addressing extremism are:")),
        (19, note(108, PresentationPoint, NGO_PRESENTATIONS, by("ngo-yc"), "Lack of coordination between the various authorities involved in addressing the issues. It was suggested that there should be instead one specific unit to deal with extremism;")),
        (20, reference(109, NGO_PRESENTATIONS, 108, "These include the State Committee on National Security (SCNS), the Ministry of Internal Affairs (MIA), the Office for Organized Crime, the Prosecutors Office, etc.")),
        (22, note(110, PresentationPoint, NGO_PRESENTATIONS, by("ngo-yc"), "Lack of any specialized research institute to study or analyse issues on how to reduce extremism;")),
        (24, note(111, PresentationPoint, NGO_PRESENTATIONS, by("ngo-yc"), "Lack of a platform for development of religious pluralism which would provide a forum to inform the public about different religions and for them to discuss relevant issues;")),
        (26, note(112, PresentationPoint, NGO_PRESENTATIONS, by("ngo-yc"), "Lack of religious education which makes younger people in particular vulnerable to manipulation by “radicals”;")),
        (28, note(113, PresentationPoint, NGO_PRESENTATIONS, by("ngo-yc"), "Lack of transparency with respect to the judicial process, including lack of access to detention places, and lack of information about preliminary investigations, prosecutions and sentencing on extremism charges resulting in suspicion that the process is biased;")),
        (30, note(114, PresentationPoint, NGO_PRESENTATIONS, by("ngo-yc"), "Misunderstanding of authorities that force alone can eliminate extremism and the need for the authorities to acknowledge where mistakes are being made in order to correct them; and")),
        (31, note(115, PresentationPoint, NGO_PRESENTATIONS, by("ngo-yc"), "The prison environment.")),
        (34, floor(NGO_PRESENTATIONS, by("ngo-2"))),
        (37, note(116, PresentationPoint, NGO_PRESENTATIONS, by("ngo-2"), "Strengthening cooperation between the authorities and civil society is necessary. Suggestions for cooperation:")),
        (38, note(117, PresentationPoint, NGO_PRESENTATIONS, by("ngo-2"), "Sharing of information;")),
        (40, note(118, PresentationPoint, NGO_PRESENTATIONS, by("ngo-2"), "Establishing a mechanism for consultation and/or dialogue;")),
        (42, note(119, PresentationPoint, NGO_PRESENTATIONS, by("ngo-2"), "Considering joint actions which involve civil society, law enforcement and mass media;")),
        (48, note(120, PresentationPoint, NGO_PRESENTATIONS, by("ngo-2"), "The 2008 pilot project led by the Youth and Civilization NGO in the Khujand Region is an example of NGOs and the authorities working together: its consultative and analytical centre on extremism included the Ministry of Justice, prosecutors, the MIA, media organizations, the Council of Clergy (Imams), human rights organizations and other NGOs.")),
        (51, reference(121, NGO_PRESENTATIONS, 120, "There have been five meetings of the centre. Activities were temporarily suspended during the drafting of a proposal for stage two of the project. The project is being supported by the OSCE Office in Tajikistan. The proposal is to increase the number of councils or centres to be approximately three to four per province.")),
        (59, Event::FloorEnded),
        // The UN approach.
        (60, start(UN_APPROACH)),
        (61, floor(UN_APPROACH, by("ohchr-1"))),
        (64, note(122, PresentationPoint, UN_APPROACH, by("ohchr-1"), "Counter-terrorism is not just about the actions of the state but also about civil society.")),
        (69, note(123, PresentationPoint, UN_APPROACH, by("ohchr-1"), "States may feel pressured to act at once and by force; the deeper relationship between development, human rights and security has to be taken into account.")),
        (75, note(124, PresentationPoint, UN_APPROACH, by("ohchr-1"), "The UN working group found the definition of \"radicalization\" too vague and changed its name to \"countering the appeal to terrorism\"; it advocates building and working with civil society.")),
        (79, Event::FloorEnded),
        (80, start(COFFEE_2)),
        // Discussion of the NGOs' proposals: mixed reactions.
        (95, start(NGO_DISCUSSION)),
        (96, floor(NGO_DISCUSSION, by("scns-1"))),
        (98, note(125, DiscussionPoint, NGO_DISCUSSION, by("scns-1"), "The proposed cooperation between NGOs and law enforcement on radicalization is not clear.")),
        (100, note(126, Question, NGO_DISCUSSION, by("scns-1"), "What would the work and the result of a special centre involving NGOs be?")),
        (103, floor(NGO_DISCUSSION, by("mia-3"))),
        (105, note(127, DiscussionPoint, NGO_DISCUSSION, by("mia-3"), "Combating terrorism is only the role of law enforcement.")),
        (108, floor(NGO_DISCUSSION, by("pros-2"))),
        (110, note(128, DiscussionPoint, NGO_DISCUSSION, by("pros-2"), "The state already consults at all stages, so there is no need for a special centre involving NGOs.")),
        (113, floor(NGO_DISCUSSION, by("ngo-3"))),
        (114, mark(127, Mark::Contested)),
        (116, note(129, DiscussionPoint, NGO_DISCUSSION, by("ngo-3"), "Civil society should engage more actively in public structures, supported at both government and private levels; Tajik legislation mandates democratic inclusion as a priority in government policy.")),
        (121, floor(NGO_DISCUSSION, by("pros-1"))),
        (123, reference(130, NGO_DISCUSSION, 129, "Some participants also took the position that the existing legislation is clear. For example, Article 179 of the Criminal Code does contain a definition of terrorism.")),
        (127, floor(NGO_DISCUSSION, by("mia-1"))),
        (129, note(131, DiscussionPoint, NGO_DISCUSSION, by("mia-1"), "The distinction proposed by the NGOs between groups that advocate or use violence and those that do not is not clear.")),
        (132, floor(NGO_DISCUSSION, by("ngo-yc"))),
        (137, note(132, DiscussionPoint, NGO_DISCUSSION, unattributed(), "Animated discussion about the nature of Hizb-ut Tahrir.")),
        (138, floor(NGO_DISCUSSION, by("osce-tj-1"))),
        (140, reference(133, NGO_DISCUSSION, 132, "A representative of the OSCE Office in Tajikistan clarified the fact that the OSCE does not take a particular position with respect to Hizb-ut Tahrir and that the organization accepts the fact that there are different positions amongst the participating States. All participating States nevertheless agree that violent extremism and radicalization leading to terrorism are concerns which should be addressed.")),
        (143, note(134, DiscussionPoint, NGO_DISCUSSION, unattributed(), "There are different opinions on the meaning of \"radicalism\" and \"extremism\"; clarity on these issues would help.")),
        (145, floor(NGO_DISCUSSION, by("exp-tr"))),
        (148, note(135, DiscussionPoint, NGO_DISCUSSION, by("exp-tr"), "15 years ago the Turkish Gendarmerie was suspicious of NGOs; for the last 10 years it has worked with them and sees the collaboration as beneficial and necessary.")),
        (152, floor(NGO_DISCUSSION, by("exp-uk"))),
        (156, note(136, DiscussionPoint, NGO_DISCUSSION, by("exp-uk"), "After 9/11 the UK authorities found an intelligence gap in relating to Muslim communities; the Muslim Contact Unit of the London Metropolitan Police was set up to complement covert intelligence gathering and to build relations with all communities.")),
        (158, reference(137, NGO_DISCUSSION, 136, "The current UK approach is captured in the strategy called Contest II. Full details, including the strategy document, are available online at: www.official-documents.gov.uk")),
        (162, floor(NGO_DISCUSSION, by_role("prison service officer", "law enforcement"))),
        (165, note(138, DiscussionPoint, NGO_DISCUSSION, by_role("prison service officer", "law enforcement"), "In prisons and detention facilities the challenge is to moderate the influence of religious leaders without excluding the teaching of religion; religion also has a positive role in the rehabilitation of offenders.")),
        (170, floor(NGO_DISCUSSION, by("mia-2"))),
        (173, note(139, DiscussionPoint, NGO_DISCUSSION, by("mia-2"), "Appreciation for the OSCE's seminars on the law on religion at the MIA Academy; such efforts are needed not only at the top level but with other levels of the population.")),
        (180, floor(NGO_DISCUSSION, by("ngo-2"))),
        (184, note(140, DiscussionPoint, NGO_DISCUSSION, by("ngo-2"), "Terrorism is a global phenomenon: all parts of society have a responsibility and an interest in working towards practical, preventive solutions, and law enforcement could cooperate with the community on prevention.")),
        (190, floor(NGO_DISCUSSION, by("scns-2"))),
        (205, Event::FloorEnded),
        (210, start(LUNCH_2)),
        // Session 3: the international panel, then questions to the panel.
        (270, start(INTERNATIONAL)),
        (271, floor(INTERNATIONAL, by("exp-uk"))),
        (274, note(141, PresentationPoint, INTERNATIONAL, by("exp-uk"), "Violent extremism can have political, ethnic, economic and religious motivations; whatever the cause, law enforcement must address it in a way that accords with the underlying values of society.")),
        (277, note(142, PresentationPoint, INTERNATIONAL, by("exp-uk"), "Approaches consistent with human rights and OSCE commitments, and of practical value: (1) democratic riot control; (2) community policing; and (3) community safety.")),
        (278, reference(143, INTERNATIONAL, 142, "For more information on the concept of democratic policing, see, \"Guidebook on Democratic Policing by the Senior Police Adviser to the OSCE Secretary General,\" (May 2008), online at: http://polis.osce.org/library/details?doc_id=2658")),
        (279, reference(144, INTERNATIONAL, 142, "For more information, see \"Good Practices in Building Police-Public Partnerships by the Senior Police Adviser to the OSCE Secretary General,\" May 2008, online: http://polis.osce.org/library/details?doc_id=3335")),
        (281, note(145, PresentationPoint, INTERNATIONAL, by("exp-uk"), "All of them need proper police education and training, clear instruction from the top, and the protection and promotion of human rights; also good communication, accountability and partnership with communities.")),
        (284, note(146, PresentationPoint, INTERNATIONAL, by("exp-uk"), "Engaging vulnerable and minority communities is key to a comprehensive strategy against violent extremism; trust is a two-way flow of information, and needs an understanding of the community itself.")),
        (287, note(147, PresentationPoint, INTERNATIONAL, by("exp-uk"), "The London Metropolitan Police's Muslim Contact Unit is both a conduit for intelligence and a partnership, built on transparency, visibility and accountability.")),
        (290, note(148, PresentationPoint, INTERNATIONAL, by("exp-uk"), "Lessons from Northern Ireland: arresting people not part of the violence, internment, and stop and search under the Terrorism Act violated human rights and served as propaganda for recruitment to terrorism.")),
        (291, reference(149, INTERNATIONAL, 148, "During the 1970's, internment, the imprisonment or confinement of people, commonly in large groups, without trial, was widely used by the British authorities for persons suspected of being members of paramilitary groups in Northern Ireland. Internment, coupled with special interrogation techniques used on the detainees, led to widespread outrage and social unrest. Now it is commonly recognized that the use of internment led in fact to a deterioration of the situation. See Committee on the Administration of Justice, \"The War on Terror: Lessons from Northern Ireland,\" January 2008, at: http://www.icj.org/IMG/CAJ_report.pdf")),
        (292, reference(150, INTERNATIONAL, 148, "Under Section 44 of the UK Terrorism Act (2000), police of a certain rank are authorised to stop and search persons, cars and drivers if he or she considers it to be expedient for the prevention of acts of terrorism. This provision is not limited in terms of place or time and has been often used by Metropolitan Police and the British Transport Police in the London underground. The inconsistent use of this provision by police officers has given rise to criticism that police are inappropriately, excessively and disproportionately applying the law in violation of human rights. Some police forces have suspended its use due to concerns about negative impact. See also the \"Report on the Operation in 2008 of the Terrorism Act 2000 and of Part 1 of the Terrorism Act 2006 by Lord Carlile of Berriew, Q.C.,\" June 2009, at: http://security.homeoffice.gov.uk/news-publications/publication-search/general/Lord-Carlile-report-2009/Lord-Carlile-report.pdf?view=Binary")),
        (295, note(151, PresentationPoint, INTERNATIONAL, by("exp-uk"), "The UK strategy: challenging ideology, disrupting the promotion of violent extremism, supporting vulnerable individuals, bolstering the resilience of communities and addressing legitimate grievances. Police must keep asking what impact their actions have on radicalization.")),
        (298, floor(INTERNATIONAL, by("exp-tr"))),
        (301, note(152, PresentationPoint, INTERNATIONAL, by("exp-tr"), "The Turkish Gendarmerie, trained and educated in military school, has had to modernise: it now works closely with communities, protects human rights and serves.")),
        (304, note(153, PresentationPoint, INTERNATIONAL, by("exp-tr"), "EU-funded projects built five pillars: modernization of law enforcement activities; training; ethics and professionalism; criminal investigation capacity; and national and international cooperation.")),
        (307, note(154, PresentationPoint, INTERNATIONAL, by("exp-tr"), "A human rights centre within the Gendarmerie investigates allegations of violations by officers, for accountability to the public and to deter future violations.")),
        (308, reference(155, INTERNATIONAL, 154, "The centre has a public notification system, and a 24-hour call centre staffed by duty officers. Improvements have also been made to infrastructure and facilities, which are used for apprehension and detention of suspects.")),
        (311, note(156, PresentationPoint, INTERNATIONAL, by("exp-tr"), "Since 1992 human rights has been a separate course in the Gendarmerie school for commissioned and non-commissioned officers and special sergeants, including Council of Europe standards.")),
        (313, reference(157, INTERNATIONAL, 156, "Lessons learned from the experience of the Turkish Gendarmerie: (1) The state should provide effective training to law enforcement bodies with the objective of complying with international standards because this helps officers to minimize the risk of using disproportionate force and to cope with the stress they experience while performing their duties; (2) Full respect for human rights is indispensable in the fight against extremism, terrorism and criminality as violations of human rights are one of the main sources of terrorism and conflict. When the authorities violate human rights for short-sighted advantages they not only surrender the moral high ground but undermine the state's constitutional foundation, increasing directly or indirectly support for terrorism. (3) Terrorism can only be effectively combated with international cooperation.")),
        (317, note(158, PresentationPoint, INTERNATIONAL, by("exp-tr"), "Improving the human rights standards of law enforcement should be a priority, in a planned and comprehensive reform rather than piecemeal; civil society partners need to be neutral and acceptable to all.")),
        (320, note(159, Quote, INTERNATIONAL, by("exp-tr"), "\"There are no short-term solutions. Without understanding the reasons for terrorism, it is not possible to counter it.\"")),
        (323, floor(INTERNATIONAL, by("pros-1"))),
        (325, note(160, DiscussionPoint, INTERNATIONAL, by("pros-1"), "Terrorist sources of funding matter: the government, law enforcement, NGOs and the international community could together identify those responsible and cut the funding.")),
        (329, floor(INTERNATIONAL, by("ngo-3"))),
        (331, note(161, DiscussionPoint, INTERNATIONAL, by("ngo-3"), "Funding is only one factor: the environment that allows terrorism to flourish must be looked at.")),
        (334, floor(INTERNATIONAL, by("scns-2"))),
        (336, note(162, DiscussionPoint, INTERNATIONAL, by("scns-2"), "Cooperation with NGOs could undermine the efforts of the authorities to counter terrorism; some NGOs are linked to terrorist organizations.")),
        (339, floor(INTERNATIONAL, by("ngo-yc"))),
        (340, mark(162, Mark::Contested)),
        (342, note(163, DiscussionPoint, INTERNATIONAL, by("ngo-yc"), "There needs to be space for NGOs, so that they know law enforcement and the authorities are working for them; cooperation with civil society is necessary.")),
        (344, Event::FloorEnded),
        // The discussion of international experience: the rapporteur captured nothing.
        (345, start(INTERNATIONAL_DISCUSSION)),
        (346, floor(INTERNATIONAL_DISCUSSION, by("mia-4"))),
        (352, floor(INTERNATIONAL_DISCUSSION, by("exp-uk"))),
        (360, floor(INTERNATIONAL_DISCUSSION, by("ngo-2"))),
        (367, floor(INTERNATIONAL_DISCUSSION, by("exp-tr"))),
        (375, floor(INTERNATIONAL_DISCUSSION, by_role("journalist", "media"))),
        (381, Event::FloorEnded),
        (390, start(TEA_2)),
        // General conclusions, both lists of recommendations, follow-up.
        (405, start(CONCLUSIONS)),
        (406, floor(CONCLUSIONS, by("odihr-1"))),
        (409, note(164, Conclusion, CONCLUSIONS, unattributed(), "There is a gap between civil society and law enforcement in Tajikistan. Trust between the two needs to be built gradually so as to respect concerns about security. This could be done by engaging in specific projects.")),
        (411, note(165, Conclusion, CONCLUSIONS, unattributed(), "When combating terrorism, the authorities need to keep in mind that they seeking to protect the safety and security of citizens. Police are there for law enforcement, not retaliation, and thus should be careful about employing certain tactics.")),
        (412, note(166, Conclusion, CONCLUSIONS, unattributed(), "Education is crucial.")),
        (413, mark(166, Mark::Consensus)),
        (414, floor(CONCLUSIONS, by("pros-1"))),
        (416, note(167, RecommendationParticipants, CONCLUSIONS, by("pros-1"), "Seminars and workshops which include representatives from other areas, like education and prosecution, and address the crucial role of education. The government should take urgent measures to eradicate large scale religious illiteracy including controlling the dissemination of religious ideas and taking appropriate measures to ensure an understanding of traditional Islam;")),
        (418, floor(CONCLUSIONS, by("scns-1"))),
        (419, note(168, RecommendationParticipants, CONCLUSIONS, by("scns-1"), "Efforts to increase and strengthen the coordination, collaboration and interaction between the State Committee on National Security (SCNS), prosecutors and the police;")),
        (421, floor(CONCLUSIONS, by("ngo-3"))),
        (422, note(169, RecommendationParticipants, CONCLUSIONS, by("ngo-3"), "Consideration of how NGOs and the authorities (law enforcement) can cooperate;")),
        (424, floor(CONCLUSIONS, by("mia-3"))),
        (425, note(170, RecommendationParticipants, CONCLUSIONS, by("mia-3"), "Further workshops which provide more specific recommendations from external experts and describe other good practices of other pS; and")),
        (427, floor(CONCLUSIONS, by("mia-2"))),
        (428, note(171, RecommendationParticipants, CONCLUSIONS, by("mia-2"), "Further workshops specifically addressing the issue of religious radicalization.")),
        // What the presenters recommended, read back by the chair.
        (430, floor(CONCLUSIONS, by("odihr-1"))),
        (431, note(172, RecommendationPresenters, CONCLUSIONS, by("ngo-yc"), "Promote greater cooperation between the authorities and civil society/NGOs;")),
        (432, note(173, RecommendationPresenters, CONCLUSIONS, by("exp-tr"), "Facilitate additional exchange of national experiences and practical approaches in addressing violent extremism;")),
        (433, note(174, RecommendationPresenters, CONCLUSIONS, by("exp-uk"), "There is a need for comprehensive strategy to address the situation on the ground as well as a need to understand more about the exact nature of the threat;")),
        (434, note(175, RecommendationPresenters, CONCLUSIONS, by("ohchr-1"), "There is a need for a human rights component in counter-terrorism strategies to help address the issues of radicalization and extremism;")),
        (435, note(176, RecommendationPresenters, CONCLUSIONS, by("ngo-2"), "There is a need for community engagement by the authorities, including engaging NGOs and the religious community;")),
        (436, note(177, RecommendationPresenters, CONCLUSIONS, by("exp-uk"), "Implement the community police concept into the police structures in Tajikistan. This could be part of the police reform efforts;")),
        (437, note(178, RecommendationPresenters, CONCLUSIONS, by("exp-acad"), "There needs to be clear, centralised law enforcement command which can provide overall leadership for development and implementation of a comprehensive counter-terrorism strategy;")),
        (438, note(179, RecommendationPresenters, CONCLUSIONS, by("exp-tr"), "Law enforcement officers need to be properly equipped and properly trained in order to deal with public assemblies. This includes understanding and training on human rights issues; and")),
        (440, note(180, RecommendationPresenters, CONCLUSIONS, by("odihr-2"), "Further opportunities for sharing national experiences and lessons learned, particularly with respect to understanding the role of human rights and best practices in this area, would be valuable in order to understand the importance and effect of human rights compliant strategies and how to implement them in practice.")),
        // Follow-up, proposed by the organisers: nobody to attribute it to.
        (442, floor(CONCLUSIONS, by("osce-tj-1"))),
        (444, note(181, FollowUp, CONCLUSIONS, unattributed(), "Consider joint focus group studies on community-police relations involving both the community and law enforcement;")),
        (446, note(182, FollowUp, CONCLUSIONS, unattributed(), "Assist in the development and/or implementation of projects that involve cooperation between law enforcement and NGOs with respect to violent extremism [issues], including potential for sharing of information, establishment of forums for communication between communities and law enforcement such as expansion of centres described by NGO Youth and Civilization;")),
        (448, note(183, FollowUp, CONCLUSIONS, unattributed(), "In conjunction with the MIA, develop, support and/or facilitate law enforcement outreach programmes on specific issues relevant to violent extremism, such as knowledge about different religions and relevant government programmes;")),
        (450, note(184, FollowUp, CONCLUSIONS, unattributed(), "In conjunction with ODIHR, SCNS and the MIA, develop the ODIHR training module on human rights and countering terrorism to be integrated into curriculum for the MIA Academy and/or SCNS Higher School;")),
        (452, note(185, FollowUp, CONCLUSIONS, unattributed(), "In conjunction with the MIA, assess the prison and detentions facilities and programmes in Tajikistan with a view to strengthening capacity and understanding of vulnerabilities to radicalization leading to terrorism; and")),
        (455, note(186, FollowUp, CONCLUSIONS, unattributed(), "In conjunction with the other OSCE Institutions, foster police reform attempts with a strong emphasis on community policing. Such activities could include study visits, focussed workshops and development of specific tools, such as standard operating procedures for police.")),
        (462, Event::FloorEnded),
        (465, start(CLOSING)),
        (466, floor(CLOSING, by("osce-tj-1"))),
        (482, Event::FloorEnded),
        (484, end(CLOSING)),
        (485, Event::SessionFinished),
    ]
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::session::{Applied, Session};

    fn folded() -> (Vec<Record>, Session) {
        let records = two_days();
        let mut session = Session::start(&records[0]).unwrap();
        for r in &records[1..] {
            assert_eq!(session.apply(r), Applied::Changed, "{:?} changed nothing", r.event);
        }
        (records, session)
    }

    fn run<'a>(session: &'a Session, item: &str) -> &'a crate::session::ItemRun {
        &session.items[session.item_index(item).unwrap()]
    }

    #[test]
    fn every_record_folds_and_changes_the_session() {
        let (records, session) = folded();
        assert!(records.windows(2).all(|w| w[0].at <= w[1].at), "records in time order");
        assert!(records.windows(2).all(|w| w[0].seq < w[1].seq));
        assert!(session.finished_at.is_some());
        assert_eq!(session.timer.current, None);
        assert!(session.turns.iter().all(|t| t.ended_at.is_some()), "every turn ended");
    }

    #[test]
    fn the_counts_per_kind_are_the_reports() {
        let (_, session) = folded();
        let mut counts: BTreeMap<String, usize> = BTreeMap::new();
        for e in session.live_entries() {
            *counts.entry(format!("{:?}", e.kind)).or_default() += 1;
        }
        let expected: BTreeMap<String, usize> = [
            // Session 1: 9; Session 2: 16 by the NGOs, 3 by the UN; Session 3: 7 + 5.
            ("PresentationPoint", 9 + 16 + 3 + 7 + 5),
            // Session 1: 1 in plenary, the 7 bullets; Session 2: 12; Session 3: 4.
            ("DiscussionPoint", 1 + 7 + 12 + 4),
            ("Question", 3),
            ("Quote", 2),
            // Footnotes 2 to 23.
            ("Reference", 22),
            ("Conclusion", 3),
            // One from Group B's report-back, five in the conclusions.
            ("RecommendationParticipants", 6),
            ("RecommendationPresenters", 9),
            ("FollowUp", 6),
        ]
        .into_iter()
        .map(|(k, n)| (k.to_string(), n))
        .collect();
        assert_eq!(counts, expected);
        assert_eq!(session.entries.len(), session.live_entries().count(), "nothing deleted");
    }

    #[test]
    fn every_reference_is_attached_to_a_live_point_of_its_item() {
        let (_, session) = folded();
        for r in session.live_entries().filter(|e| e.kind == EntryKind::Reference) {
            let to = r.attached_to.and_then(|id| session.entry(id)).unwrap_or_else(|| panic!("{}", r.text));
            assert!(!to.deleted && to.kind != EntryKind::Reference, "{}", r.text);
            assert_eq!(to.item, r.item, "{}", r.text);
        }
    }

    #[test]
    fn every_entry_is_under_an_agenda_item_with_a_section_and_a_known_speaker() {
        let (_, session) = folded();
        for e in session.live_entries() {
            let item = e.item.as_deref().unwrap();
            assert!(session.item_index(item).is_some(), "{item}");
            assert!(e.section.is_some(), "{item} is in the report");
            assert!(e.attribution.not_for_attribution);
            if let Some(p) = &e.attribution.participant {
                assert!(session.agenda.participant(p).is_some(), "{p}");
            }
        }
        for t in &session.turns {
            if let Some(p) = &t.speaker.participant {
                assert!(session.agenda.participant(p).is_some(), "{p}");
            }
        }
    }

    #[test]
    fn the_wrap_up_of_day_one_is_closed_by_day_two_starting() {
        let records = two_days();
        assert!(
            !records.iter().any(|r| matches!(&r.event, Event::ItemEnded { item } if item == item::WRAP_UP))
        );
        let (_, session) = folded();
        let wrap_up = run(&session, item::WRAP_UP);
        assert_eq!(wrap_up.started_at, Some(at(450)));
        assert_eq!(wrap_up.ended_at, run(&session, item::NGO_PRESENTATIONS).started_at);
        assert_eq!(wrap_up.ended_at, Some(at(DAY_TWO)));
    }

    #[test]
    fn the_international_discussion_ran_without_a_captured_point() {
        let (_, session) = folded();
        let discussion = run(&session, item::INTERNATIONAL_DISCUSSION);
        assert!(discussion.started_at.is_some() && discussion.ended_at.is_some());
        assert!(session.turns.iter().any(|t| t.item == item::INTERNATIONAL_DISCUSSION));
        assert!(!session.entries.iter().any(|e| e.item.as_deref() == Some(item::INTERNATIONAL_DISCUSSION)));
    }

    #[test]
    fn a_break_is_skipped_an_item_overruns_and_groups_report_back() {
        let (_, session) = folded();
        let coffee = run(&session, item::COFFEE_1);
        assert!(coffee.skipped && coffee.started_at.is_none());
        assert_eq!(run(&session, item::KEY_QUESTIONS).overrun_seconds, Some(15 * 60));
        let overruns: Vec<&str> = session
            .items
            .iter()
            .filter(|r| r.item != item::WRAP_UP && r.overrun_seconds.is_some_and(|s| s > 0))
            .map(|r| r.item.as_str())
            .collect();
        assert_eq!(overruns, [item::KEY_QUESTIONS]);
        assert!(session.groups.iter().all(|g| g.report_back.as_ref().is_some_and(|s| s.ended_at.is_some())));
        let recommendation = session.entry(id(24)).unwrap();
        assert_eq!(recommendation.kind, EntryKind::RecommendationParticipants);
        assert_eq!(recommendation.group.as_deref(), Some(GROUP_B.0));
        let contested = session.live_entries().filter(|e| e.mark == Mark::Contested).count();
        assert_eq!(contested, 3);
    }

    #[test]
    fn speaking_time_has_several_stakeholder_groups() {
        let (_, session) = folded();
        let (_, groups) = crate::session::speaking_time(&session);
        let names: Vec<&str> = groups.iter().map(|h| h.who.as_str()).collect();
        for group in ["law enforcement", "NGO", "international organisation", "expert"] {
            assert!(names.contains(&group), "{group} in {names:?}");
        }
    }

    #[test]
    fn ids_never_collide_with_the_testkit_script() {
        let ids =
            |records: &[Record]| -> Vec<Uuid> { records.iter().flat_map(|r| r.event.entries()).collect() };
        let ours = ids(&two_days());
        let theirs = ids(&crate::session::testkit::scripted_roundtable());
        assert!(ours.iter().all(|id| !theirs.contains(id)));
    }

    #[test]
    fn day_two_happens_on_the_second_date_in_dushanbe() {
        let (records, _) = folded();
        let tz = jiff::tz::TimeZone::get("Asia/Dushanbe").unwrap();
        let dates: Vec<String> =
            records.iter().map(|r| r.at.to_zoned_datetime(tz.clone()).date().to_string()).collect();
        assert_eq!(dates.first().map(String::as_str), Some("2009-04-28"));
        assert_eq!(dates.last().map(String::as_str), Some("2009-04-29"));
        let first_of_day_two = records.iter().position(|r| r.at >= at(DAY_TWO)).unwrap();
        assert!(
            matches!(&records[first_of_day_two].event, Event::ItemStarted { item } if item == item::NGO_PRESENTATIONS)
        );
    }
}
