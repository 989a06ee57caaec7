//! The site's pages, named once: each page's file, title, the code it runs, what browser
//! storage it reads and whether it is kept offline from the first visit; the candidate
//! pages' addresses and how an address reads back ([`route`]). Headers, the app's routes,
//! the build (src/bin/prerender.rs writes the pages and `pages.json` for
//! scripts/release.mjs) and the tests read this list; no page's file name or storage key
//! is written anywhere else (tests/no_id_literals.rs holds it).

pub mod machine;
pub mod panel;
pub mod session;

use rust_decimal::Decimal;
use strum::VariantArray;

use crate::core::base::i18n;
use crate::core::base::keys::Keyed;
use crate::core::base::number;
use crate::core::base::text::{Lang, T};
use crate::core::model::category::Category;
use crate::core::model::inputs::Field;
use crate::core::pages::session::Choice;

/// Where the app keeps its data (the library of assessments and the language).
pub const STORAGE_KEY: &str = "cek-paritrana";
/// Damaged data is copied aside under this prefix and a time, never overwritten.
pub const ASIDE_PREFIX: &str = "cek-paritrana.cadangan.";
/// The release this browser last ran, apart from the data so that it never touches it.
pub const RELEASE_KEY: &str = "cek-paritrana.rilis";
/// The panel's list of candidates, apart from the user's own assessments.
pub const PANEL_KEY: &str = "cek-paritrana.panel";
/// Damaged panel data is copied aside under this prefix and a time.
pub const PANEL_ASIDE_PREFIX: &str = "cek-paritrana.cadangan.panel.";
/// The panel page's language.
pub const PANEL_LANG_KEY: &str = "cek-paritrana.panel.bahasa";

/// What a page runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Runs {
    /// The candidate's app: one WebAssembly module for every such page, so moving between
    /// them downloads nothing more.
    App,
    /// The panel's app, a download of its own: panels and BPJS branches use it, not
    /// candidates.
    Panel,
    /// Static HTML written at build time, no WebAssembly.
    Static,
}

/// Every page of the site.
#[derive(Clone, Copy, Debug, PartialEq, Eq, VariantArray)]
pub enum SitePage {
    /// The start page and the form.
    Check,
    Library,
    Dossier,
    Planner,
    Compare,
    MethodId,
    MethodEn,
    Panel,
}

impl SitePage {
    pub fn file(self) -> &'static str {
        match self {
            SitePage::Check => "index.html",
            SitePage::Library => "pustaka.html",
            SitePage::Dossier => "bukti.html",
            SitePage::Planner => "rencana.html",
            SitePage::Compare => "bandingkan.html",
            SitePage::MethodId => "metode.html",
            SitePage::MethodEn => "method.html",
            SitePage::Panel => "panel.html",
        }
    }

    /// Where a link to the page leads (the self-check by its folder, as installed).
    pub fn address(self) -> &'static str {
        match self {
            SitePage::Check => CHECK_ADDRESS,
            page => page.file(),
        }
    }

    /// The page's title (the document's, and the header's tag of a page of the app).
    pub fn title(self) -> T {
        match self {
            SitePage::Check => i18n::PAGE_TITLE_CHECK,
            SitePage::Library => i18n::LIBRARY_TITLE,
            SitePage::Dossier => i18n::DOSSIER,
            SitePage::Planner => i18n::PLAN_OPEN,
            SitePage::Compare => i18n::NAV_COMPARE,
            SitePage::MethodId | SitePage::MethodEn => i18n::METHOD_TITLE,
            SitePage::Panel => i18n::PANEL_TITLE,
        }
    }

    /// The document's title in `lang`: the self-check's own, else the page's and the app's
    /// name.
    pub fn document_title(self, lang: Lang) -> String {
        match self {
            SitePage::Check => i18n::PAGE_TITLE_CHECK.get(lang).to_string(),
            page => format!("{} · Cek Paritrana", page.title().get(lang)),
        }
    }

    pub fn runs(self) -> Runs {
        match self {
            SitePage::Panel => Runs::Panel,
            SitePage::MethodId | SitePage::MethodEn => Runs::Static,
            _ => Runs::App,
        }
    }

    /// The browser storage the page reads.
    pub fn reads(self) -> &'static [&'static str] {
        match self.runs() {
            Runs::App => &[STORAGE_KEY, ASIDE_PREFIX, RELEASE_KEY],
            // The app's data for its language only, until the panel's own is chosen.
            Runs::Panel => &[PANEL_KEY, PANEL_ASIDE_PREFIX, PANEL_LANG_KEY, STORAGE_KEY],
            Runs::Static => &[],
        }
    }

    /// Whether the service worker keeps the page from the first visit of any candidate
    /// page (every page a candidate opens); the panel's is kept once it is opened.
    pub fn kept_from_first_visit(self) -> bool {
        self.runs() != Runs::Panel
    }

    /// The method page in `lang`.
    pub fn method(lang: Lang) -> SitePage {
        match lang {
            Lang::Id => SitePage::MethodId,
            Lang::En => SitePage::MethodEn,
        }
    }

    /// The page named by a file of the site's folder.
    pub fn of_file(file: &str) -> Option<SitePage> {
        let file = if file.is_empty() || file == "." || file == CHECK_ADDRESS { "index.html" } else { file };
        SitePage::VARIANTS.iter().copied().find(|p| p.file() == file)
    }
}

/// The method page's file in each language: static pages written at build time from the
/// rubric, so the app's bundle carries none of the method.
pub fn method_file(lang: Lang) -> &'static str {
    SitePage::method(lang).file()
}

/// The self-check's own address: its folder, as the installed app opens it.
pub const CHECK_ADDRESS: &str = "./";
/// The fragment that opens the self-check on its start page: without it the self-check
/// opens on the assessment open.
pub const START_FRAGMENT: &str = "#mulai";
/// The start of a share link's fragment (`#a=…`).
pub const LINK_FRAGMENT: &str = "#a=";
/// The start of the fragment that starts a new assessment of a category (`#baru=desa`):
/// the start page's cards link there, so a tap works before the app runs too.
pub const NEW_FRAGMENT: &str = "#baru=";

/// Where an address of the app leads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// The self-check as it opens: the form of the assessment open, else the start page.
    Home,
    Start,
    /// An assessment shared by link (the whole fragment).
    Link(String),
    /// A new assessment of the category (`./#baru=<code>`), started once: the address
    /// then shows the form's.
    New(Category),
    Library,
    /// The dossier of an assessment (`None`: the address names none that reads).
    Dossier(Option<u32>),
    /// The planner for an assessment with figures typed over its own.
    Planner(Option<(u32, Vec<(Field, Decimal)>)>),
    Compare(Choice),
}

/// Where `address` (a file of the app's folder and its fragment, `bukti.html#3`, `./#a=…`)
/// leads; `None` for a page that is not the app's (the method, the panel) or none at all.
pub fn route(address: &str) -> Option<Route> {
    let (file, fragment) = address.split_once('#').map_or((address, ""), |(f, rest)| (f, rest));
    let fragment = format!("#{fragment}");
    Some(match SitePage::of_file(file.strip_prefix("./").filter(|f| !f.is_empty()).unwrap_or(file))? {
        SitePage::Check if fragment == START_FRAGMENT => Route::Start,
        SitePage::Check if fragment.starts_with(LINK_FRAGMENT) => Route::Link(fragment),
        SitePage::Check if fragment.starts_with(NEW_FRAGMENT) => {
            match Category::from_code(&fragment[NEW_FRAGMENT.len()..]) {
                Some(category) => Route::New(category),
                None => Route::Home,
            }
        }
        SitePage::Check => Route::Home,
        SitePage::Library => Route::Library,
        SitePage::Dossier => Route::Dossier(fragment[1..].parse().ok()),
        SitePage::Planner => Route::Planner(read_planner_fragment(&fragment)),
        SitePage::Compare => Route::Compare(read_compare_fragment(&fragment)),
        SitePage::MethodId | SitePage::MethodEn | SitePage::Panel => return None,
    })
}

/// The address that starts a new assessment of `category` (a start page's card).
pub fn new_address(category: Category) -> String {
    format!("{CHECK_ADDRESS}{NEW_FRAGMENT}{}", category.code())
}

/// The dossier page's address for the assessment `id`.
pub fn dossier_address(id: u32) -> String {
    format!("{}#{id}", SitePage::Dossier.file())
}

/// The planner's address for the assessment `id`, with `figures` typed over its own (a
/// next step's): `rencana.html#7;budget_current=6935040000`.
pub fn planner_address(id: u32, figures: &[(Field, Decimal)]) -> String {
    let mut out = format!("{}#{id}", SitePage::Planner.file());
    for (field, value) in figures {
        out.push_str(&format!(";{}={value}", field.key()));
    }
    out
}

/// The assessment and figures a planner address's fragment names; a figure that does not
/// read is left out (the planner then shows the assessment's own).
pub fn read_planner_fragment(fragment: &str) -> Option<(u32, Vec<(Field, Decimal)>)> {
    let mut parts = fragment.strip_prefix('#').unwrap_or(fragment).split(';');
    let id = parts.next()?.parse().ok()?;
    let figures = parts
        .filter_map(|part| {
            let (key, value) = part.split_once('=')?;
            Some((Field::from_key(key)?, number::parse_saved(value)?))
        })
        .collect();
    Some((id, figures))
}

/// The comparison's address for a choice: `bandingkan.html#3,5`, `bandingkan.html` for none.
pub fn compare_address(choice: Choice) -> String {
    let id = |side: Option<u32>| side.map(|id| id.to_string()).unwrap_or_default();
    match choice {
        (None, None) => SitePage::Compare.file().to_string(),
        (before, after) => format!("{}#{},{}", SitePage::Compare.file(), id(before), id(after)),
    }
}

/// The choice a comparison address's fragment names; a side that does not read is unchosen.
pub fn read_compare_fragment(fragment: &str) -> Choice {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let (before, after) = fragment.split_once(',').unwrap_or((fragment, ""));
    (before.parse().ok(), after.parse().ok())
}
