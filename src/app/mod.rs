//! The thin Yew layer: components send actions, one reducer holds the state,
//! effects (storage, language) sit at the edge.

use yew::prelude::*;

use crate::core::category::Category;
use crate::core::rubric::RUBRIC_VERSION;
use crate::core::text::Lang;

#[function_component(App)]
pub fn app() -> Html {
    let lang = Lang::Id;
    html! {
        <main id="app">
            <h1>{ "Cek Paritrana" }</h1>
            <p class="version">{ format!("rubrik {RUBRIC_VERSION}") }</p>
            <ul class="categories">
                { for Category::ALL.iter().map(|c| html! {
                    <li data-category={c.code()}>{ c.name().get(lang) }</li>
                }) }
            </ul>
        </main>
    }
}

pub fn start() {
    yew::Renderer::<App>::new().render();
}
