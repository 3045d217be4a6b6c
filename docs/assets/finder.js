// The support finder on the home page. It reads the answers for one country from the site's own
// JSON export (api/v1/countries/<code>.json), so the rules live in one place: the generator.
// Nothing is stored and nothing is sent: the only request is for that public file.
"use strict";
(() => {
  const form = document.getElementById("finder");
  const result = document.getElementById("finder-result");
  if (!form || !result || !window.fetch) return;
  const { lang, root, api, rulesSource } = form.dataset;
  const input = form.elements.namedItem("country");
  const error = document.getElementById("finder-error");
  const options = [...document.querySelectorAll("#finder-countries option")];
  const fill = (template, country) => template.split("%(country)s").join(country);
  const same = (a, b) => a.trim().toLocaleLowerCase(lang) === b.trim().toLocaleLowerCase(lang);

  form.hidden = false;
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const option = options.find((candidate) => same(candidate.value, input.value));
    error.hidden = Boolean(option);
    if (!option) {
      input.setAttribute("aria-invalid", "true");
      input.focus();
      return;
    }
    input.removeAttribute("aria-invalid");
    const situation = form.elements.namedItem("situation").value;
    const priority = form.elements.namedItem("priority").value;
    const response = await fetch(`${api}${option.dataset.code}.json`);
    if (!response.ok) return;
    const country = await response.json();
    const name = country.names[lang];

    for (const section of result.querySelectorAll(".finder-programme")) {
      const support = country.support[section.dataset.programme];
      const applies = section.dataset.situation === situation;
      const excluded = section.hasAttribute("data-priority-only") && priority === "no";
      section.hidden = !applies || excluded;
      // A status with caveats says whose answer it is ("No, according to the DT&V text").
      const qualified = support.caveats.length > 0 && support.according_to === rulesSource;
      const status = section.querySelector(".finder-status");
      const key = camel(support.status) + (qualified ? "Qualified" : "");
      status.textContent = fill(status.dataset[key], name);
      section.dataset.status = support.status;
      const caveats = section.querySelector(".finder-caveats");
      caveats.hidden = support.caveats.length === 0;
      caveats.querySelector("ul").replaceChildren(
        ...support.caveats.map(({ id }) => {
          const item = document.createElement("li");
          item.textContent = country.caveats[id].text[lang];
          return item;
        }),
      );
      const reasons = section.querySelector(".finder-reasons");
      reasons.replaceChildren(
        ...support.reasons.map((reason) => {
          const item = document.createElement("li");
          item.textContent = reason.text[lang];
          return item;
        }),
      );
    }
    for (const note of result.querySelectorAll(".finder-note")) {
      const when = note.dataset.when;
      note.hidden = !(
        (when === "forced" && situation === "forced") ||
        (when === "not-priority" && situation === "voluntary" && priority === "no")
      );
    }
    const link = result.querySelector(".finder-country-link");
    link.href = root + country.urls[lang];
    link.textContent = fill(link.dataset.template, name);
    const title = document.getElementById("finder-result-title");
    title.textContent = fill(title.dataset.template, name);
    result.hidden = false;
    title.focus();
  });

  // data-not-available(-qualified) is read as dataset.notAvailable(Qualified)
  function camel(status) {
    return status.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());
  }
})();
