//! What every page's state machine shares: the [`Machine`] trait (its state, its actions,
//! `update(action) -> effects`), the [`Effect`]s a page asks of the browser, declared once
//! for every page, and the [`Reply`]s the browser gives back. One generic edge
//! (src/app/edge.rs) performs the effects of any machine, in one order.

use crate::core::base::text::Lang;

/// What a page asks of the browser: values, performed by the edge.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Effect {
    /// Something changed: write it soon, after a pause in typing; answered with
    /// [`Reply::Flush`].
    ScheduleSave,
    /// Write `text` to browser storage under `key`; a refusal is answered with
    /// [`Reply::NotWritten`].
    Write {
        key: &'static str,
        text: String,
    },
    /// Copy damaged saved text aside under a new key (the machine's prefix and a time),
    /// never overwriting; answered with [`Reply::AsideKept`].
    KeepAside(String),
    /// A file the browser downloads; a failure is answered with [`Reply::NotDownloaded`].
    Download {
        name: String,
        mime: &'static str,
        content: String,
    },
    /// Answered with [`Reply::Copied`].
    CopyText(String),
    Print,
    ScrollToTop,
    SetDocumentLang(Lang),
    /// The document's title.
    SetTitle(String),
    /// Show this address of the app's folder in the address bar without loading it: as a
    /// new entry of the history when `push` (a page opened), else in place of the one
    /// shown (a link opened once, a choice made).
    ShowAddress {
        address: String,
        push: bool,
    },
}

/// What a page is told as it opens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Opening {
    /// Its address in the app's folder (`bukti.html#3`).
    pub address: String,
    /// The folder's own address (`https://…/cek-paritrana/`), which share links open.
    pub folder: String,
    /// Today (`YYYY-MM-DD`), for file names and the report.
    pub today: String,
    /// The release the page runs, with the one this browser last ran.
    pub release: Option<(String, Option<String>)>,
}

/// What the browser tells a page: as it opens, what it did, what happened elsewhere.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reply {
    /// The page has opened.
    Opened(Opening),
    /// Today, again: the page came back into view, maybe on another day.
    Today(String),
    /// The time to write, with what storage holds under the machine's key now.
    Flush(Option<String>),
    /// Another tab wrote under the machine's key: what it holds now.
    ChangedElsewhere(Option<String>),
    /// Storage refused the write under this key.
    NotWritten(&'static str),
    /// The damaged text was copied aside under this key, or could not be.
    AsideKept(Option<String>),
    NotDownloaded,
    /// Whether the clipboard took the text.
    Copied(bool),
    /// The files chosen, by name with their bytes, and those the browser could not read.
    Files {
        read: Vec<(String, Vec<u8>)>,
        unreadable: Vec<String>,
    },
    /// The browser moved to this address of the app's folder (the back button, a link pasted).
    Arrived(String),
    /// A link to this address of the app's folder was followed, in the page.
    Followed(String),
}

/// Browser storage as a page opens: the text under a key (`None`: none there).
pub type StorageReader<'a> = &'a dyn Fn(&str) -> Option<String>;

/// A page's state machine.
pub trait Machine: Sized + 'static {
    type Action: 'static;
    /// Where the page keeps its data in browser storage (another tab's writes there are
    /// followed).
    const KEY: &'static str;
    /// The prefix of the keys damaged data is copied aside under.
    const ASIDE: &'static str;
    /// The page as it opens, from what `read` finds in browser storage by key (`None`:
    /// the browser gives no storage).
    fn boot(read: Option<StorageReader>) -> (Self, Vec<Effect>);
    fn update(&mut self, action: Self::Action) -> Vec<Effect>;
    /// The browser's reply as the machine's action; `None` for what the page does not
    /// follow (an address, for a page without routes).
    fn reply(reply: Reply) -> Option<Self::Action>;
    /// Whether the page shows this address of the app's folder (a link to it is followed
    /// in the page).
    fn routes(_address: &str) -> bool {
        false
    }
    /// The address the page shows, as [`Reply::Arrived`] would name it.
    fn address(&self) -> Option<String> {
        None
    }
    fn lang(&self) -> Lang;
}
