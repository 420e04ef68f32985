//! A list a view derives from the record and its own filter, kept until either changes:
//! with thousands of entries deriving it is a scan of them all, and one key press asks
//! for it several times (the key's handling, then the frame), which then share it.

use std::cell::RefCell;
use std::rc::Rc;

/// The list last derived, and from what (`K`: the state's revision and the filter).
#[derive(Debug, Clone)]
pub struct Derived<K, T>(RefCell<Option<(K, Rc<[T]>)>>);

impl<K, T> Default for Derived<K, T> {
    fn default() -> Self {
        Derived(RefCell::new(None))
    }
}

/// Derived data: two views are equal by what they show, not by what they remember.
impl<K, T> PartialEq for Derived<K, T> {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}
impl<K, T> Eq for Derived<K, T> {}

impl<K: PartialEq, T> Derived<K, T> {
    /// The list derived from `key`: the one kept when `key` is the same, else `derive`'s.
    pub fn get(&self, key: K, derive: impl FnOnce() -> Rc<[T]>) -> Rc<[T]> {
        if let Some((k, list)) = self.0.borrow().as_ref()
            && *k == key
        {
            return Rc::clone(list);
        }
        let list = derive();
        *self.0.borrow_mut() = Some((key, Rc::clone(&list)));
        list
    }
}
