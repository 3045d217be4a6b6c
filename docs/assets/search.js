// Search with Pagefind: the index of this page's language (its own bundle, pagefind/<code>/) is
// downloaded only when the reader searches, from this site; nothing is sent anywhere.
"use strict";
(() => {
  const form = document.querySelector(".site-search");
  const results = document.getElementById("search-results");
  if (!form || !results) return;
  const input = form.elements.namedItem("q");
  const list = results.querySelector(".search-list");
  const none = results.querySelector(".search-none");
  let pagefind = null;
  // The letters that another keyboard types for this language's, as its pages write them, and
  // digits as its own (src/returnguide/pages/folding.py says which, per language).
  const folding = JSON.parse(form.dataset.fold || "{}");
  const fold = (text) => [...text].map((char) => folding[char] ?? char).join("");

  async function search(query) {
    if (!pagefind) {
      pagefind = await import(form.dataset.pagefind);
      await pagefind.options({ baseUrl: new URL(form.dataset.root, location.href).pathname });
    }
    const found = await pagefind.search(fold(query));
    const pages = await Promise.all(found.results.slice(0, 20).map((result) => result.data()));
    list.replaceChildren(
      ...pages.map((page) => {
        const item = document.createElement("li");
        const link = document.createElement("a");
        link.href = page.url;
        link.textContent = page.meta.title;
        const excerpt = document.createElement("p");
        excerpt.innerHTML = page.excerpt; // Pagefind escapes the text; only <mark> is markup
        item.append(link, excerpt);
        return item;
      }),
    );
    none.hidden = pages.length > 0;
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const query = input.value.trim();
    if (!query) return;
    history.replaceState(null, "", `?q=${encodeURIComponent(query)}`);
    search(query);
  });
  const query = new URLSearchParams(location.search).get("q");
  if (query) {
    input.value = query;
    search(query);
  }
})();
