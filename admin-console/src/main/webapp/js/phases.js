// Phase content: what each phase of a consultation says (information text, debate question, map settings) and its
// results summary. Reached from the consultation editor, one button per saved phase; uses only the REST API.
// The survey and budget editors (surveys.js, budgets.js) build their forms with the helpers exposed at the end.
(function () {
  "use strict";
  const TEXT = {
    fr: { title: "Contenu des étapes", help: "Enregistrez d’abord la consultation : chaque étape enregistrée a son bouton.",
      open: "Contenu de l’étape", editing: "Contenu de l’étape", close: "Fermer le contenu de l’étape",
      errors: "À corriger", saved: "Enregistré.", loading: "Chargement…",
      notNumber: "Écrivez un nombre, par exemple 5 ou 2,5.", notWhole: "Écrivez un nombre entier, par exemple 3.",
      information: "Texte d’information", content: "Texte (Markdown)", saveContent: "Enregistrer le texte",
      markdownHint: "Mise en forme Markdown : # titre, **gras**, - liste, [lien](https://…). Le HTML est affiché tel quel, jamais exécuté.",
      debate: "Question du débat", question: "Question posée (5 à 300 caractères)", context: "Contexte (Markdown, facultatif)",
      saveDebate: "Enregistrer la question",
      map: "Carte", centre: "Centre de la carte", lat: "Latitude (-90 à 90)", lng: "Longitude (-180 à 180)",
      zoom: "Zoom (1 : le monde, 19 : une rue)", bounds: "Zone où placer les points (facultatif : les quatre ou aucune)",
      south: "Sud (latitude)", west: "Ouest (longitude)", north: "Nord (latitude)", east: "Est (longitude)",
      categories: "Catégories (1 à 20)", category: "Catégorie", catLabel: "Libellé", catColour: "Couleur (#rrggbb)",
      addCategory: "Ajouter une catégorie", removeCategory: "Retirer la catégorie", saveMap: "Enregistrer la carte",
      results: "Résultats", summary: "Synthèse des résultats (Markdown)", saveResults: "Enregistrer la synthèse",
      publish: "Publier les résultats", unpublish: "Retirer la publication",
      isPublished: "Résultats publiés : les habitants les voient.", notPublished: "Résultats non publiés.",
      ended: "L’étape est terminée.", notEnded: "L’étape n’est pas terminée : la publication attend sa fin.",
      publishedDone: "Résultats publiés.", unpublishedDone: "Publication retirée.",
      other: "Un appel à idées n’a rien d’autre à régler : ses thèmes sont ceux de la consultation. Seuls ses résultats sont ici.",
      "method.information": "Information", "method.survey": "Questionnaire", "method.ideas": "Appel à idées",
      "method.map": "Carte participative", "method.budget": "Budget participatif", "method.debate": "Débat" },
    en: { title: "Phase content", help: "Save the consultation first: each saved step has its button.",
      open: "Step content", editing: "Step content", close: "Close the step content",
      errors: "To correct", saved: "Saved.", loading: "Loading…",
      notNumber: "Write a number, such as 5 or 2.5.", notWhole: "Write a whole number, such as 3.",
      information: "Information text", content: "Text (Markdown)", saveContent: "Save the text",
      markdownHint: "Markdown formatting: # heading, **bold**, - list, [link](https://…). HTML is shown as text, never run.",
      debate: "Debate question", question: "Question asked (5 to 300 characters)", context: "Context (Markdown, optional)",
      saveDebate: "Save the question",
      map: "Map", centre: "Centre of the map", lat: "Latitude (-90 to 90)", lng: "Longitude (-180 to 180)",
      zoom: "Zoom (1: the world, 19: a street)", bounds: "Area where places may be pinned (optional: all four or none)",
      south: "South (latitude)", west: "West (longitude)", north: "North (latitude)", east: "East (longitude)",
      categories: "Categories (1 to 20)", category: "Category", catLabel: "Label", catColour: "Colour (#rrggbb)",
      addCategory: "Add a category", removeCategory: "Remove the category", saveMap: "Save the map",
      results: "Results", summary: "Results summary (Markdown)", saveResults: "Save the summary",
      publish: "Publish the results", unpublish: "Unpublish",
      isPublished: "Results published: citizens see them.", notPublished: "Results not published.",
      ended: "The step has ended.", notEnded: "The step has not ended: publishing waits for its end.",
      publishedDone: "Results published.", unpublishedDone: "Results unpublished.",
      other: "A call for ideas has nothing else to set: its themes are the consultation's. Only its results are here.",
      "method.information": "Information", "method.survey": "Survey", "method.ideas": "Call for ideas",
      "method.map": "Participatory map", "method.budget": "Participatory budget", "method.debate": "Debate" }
  };
  const $ = (id) => document.getElementById(id);
  let C;
  let t = (key) => key;
  let consultation = null; // the consultation whose phases have buttons
  let categoryRows = 0; // ever-growing, so ids stay unique when rows are removed and added
  const editors = {}; // method -> async (phase, base path) => its form, registered by surveys.js and budgets.js

  function sep() {
    return C.lang === "fr" ? " : " : ": ";
  }

  function base(phase) {
    return "/api/consultations/" + consultation.id + "/phases/" + phase.id;
  }

  /** GET that treats 404 (nothing written yet) as null. */
  async function read(path) {
    try { return await C.api("GET", path); } catch (x) { if (x.status === 404) return null; throw x; }
  }


  /**
   * A form with its error summary (filled from problem+json errors[]) and its status message. whereIs (optional) names
   * for the summary the place a problem field is in ("Question 2: "), when the form repeats its fields. heading: the
   * level of its title where the form is not in the phase content editor (contributions.js: "h3").
   */
  function form(id, legend, fieldFor, whereIs, heading) {
    const summary = C.el("div", { id: id + "-errors", class: "error-summary", tabindex: "-1", hidden: "" });
    const status = C.el("p", { id: id + "-status", class: "form-status", role: "status", "aria-live": "polite" });
    const node = C.el("form", { id, novalidate: "" }, C.el(heading || "h6", { text: legend }), summary);
    node.fieldFor = fieldFor; // problem field name -> the id of the control it is about
    node.whereIs = whereIs || (() => "");
    node.summary = summary;
    node.status = status;
    return node;
  }

  function clearErrors(f) {
    f.summary.hidden = true;
    f.summary.replaceChildren();
    f.querySelectorAll(".field-error").forEach((n) => n.remove());
    f.querySelectorAll("[aria-invalid]").forEach((n) => {
      n.removeAttribute("aria-invalid");
      const described = (n.getAttribute("aria-describedby") || "").split(" ").filter((d) => d && !/-error(-\d+)?$/.test(d));
      if (described.length) n.setAttribute("aria-describedby", described.join(" ")); else n.removeAttribute("aria-describedby");
    });
    C.status("", false, f.status.id);
  }

  /** A 400 lists each error in the summary and beside its field; any other refusal (409…) goes to the status. */
  function showProblem(f, x) {
    const errors = x.problem && Array.isArray(x.problem.errors) ? x.problem.errors : [];
    if (!errors.length) { C.status(x.message, true, f.status.id); return; }
    const list = C.el("ul");
    errors.forEach((e, i) => {
      const control = $(f.fieldFor(e.field)) || f.querySelector("input, textarea, select");
      const errorId = control.id + "-error" + (i ? "-" + i : "");
      control.after(C.el("span", { class: "field-error", id: errorId, text: e.message }));
      if (control.tagName !== "BUTTON") control.setAttribute("aria-invalid", "true"); // a list's "add" button: no value
      control.setAttribute("aria-describedby", ((control.getAttribute("aria-describedby") || "") + " " + errorId).trim());
      list.append(C.el("li", {}, C.el("a", { href: "#" + control.id, text: f.whereIs(e.field) + e.message,
        onclick: (ev) => { ev.preventDefault(); control.focus(); } })));
    });
    f.summary.append(C.el("p", { class: "error-summary-title", text: t("errors") }), list);
    f.summary.hidden = false;
    f.summary.focus();
    C.status(t("errors") + sep() + errors.length, true, f.status.id);
  }

  function submitting(f, work) {
    f.addEventListener("submit", async (e) => {
      e.preventDefault();
      clearErrors(f);
      try { await work(); C.status(t("saved"), false, f.status.id); } catch (x) { showProblem(f, x); }
    });
  }

  /**
   * What a person typed in a number field: null when blank. Spaces between thousands are fine, and so are a decimal
   * comma in French and thousands commas in English. A word cannot be sent (JSON has no NaN): it joins problems, named
   * like the API's field errors, and null is returned.
   */
  function typedNumber(input, field, whole, problems) {
    const typed = input.value.replace(/[\s\u00a0\u202f]/g, "");
    const v = C.lang === "en" ? typed.replace(/,(?=\d{3}(\D|$))/g, "") : typed.replace(",", ".");
    if (v === "") return null;
    if (!(whole ? /^-?\d+$/ : /^-?\d+(\.\d+)?$/).test(v)) {
      problems.push({ field, message: t(whole ? "notWhole" : "notNumber") });
      return null;
    }
    return Number(v);
  }

  /** Problems found before sending are refused like the API's (problem+json errors[]), so they are shown the same way. */
  function refuseIfAny(problems) {
    if (problems.length) throw Object.assign(new Error(problems[0].message), { problem: { errors: problems } });
  }

  function actions(...buttons) {
    return C.el("p", { class: "actions" }, ...buttons);
  }

  async function informationForm(phase) {
    const current = await read(base(phase) + "/information");
    const f = form("pc-information", t("information"), () => "pc-content");
    const content = C.el("textarea", { rows: "10" });
    content.value = current ? current.content : "";
    f.append(C.field("pc-content", t("content"), content, t("markdownHint")),
      actions(C.el("button", { type: "submit", id: "pc-save-content", text: t("saveContent") })), f.status);
    submitting(f, () => C.api("PUT", base(phase) + "/information", { content: content.value }));
    return f;
  }

  async function debateForm(phase) {
    const current = await read(base(phase) + "/debate");
    const f = form("pc-debate", t("debate"), (name) => (name === "context" ? "pc-context" : "pc-question"));
    const question = C.el("input", { maxlength: "300" });
    const context = C.el("textarea", { rows: "6" });
    question.value = current ? current.question : "";
    context.value = current && current.context ? current.context : "";
    f.append(C.field("pc-question", t("question"), question), C.field("pc-context", t("context"), context, t("markdownHint")),
      actions(C.el("button", { type: "submit", id: "pc-save-debate", text: t("saveDebate") })), f.status);
    submitting(f, () => C.api("PUT", base(phase) + "/debate", { question: question.value, context: context.value || null }));
    return f;
  }

  function number(value) {
    return C.el("input", { type: "text", inputmode: "decimal", value: value === null || value === undefined ? "" : String(value) });
  }

  function categoryRow(category) {
    const n = categoryRows++;
    const row = C.el("fieldset", { class: "category-row" }, C.el("legend", { text: t("category") }));
    row.dataset.id = category && category.id ? category.id : "";
    row.append(C.field("pc-cat-" + n + "-label", t("catLabel"), C.el("input", { maxlength: "60", value: category ? category.label : "" })),
      C.field("pc-cat-" + n + "-colour", t("catColour"), C.el("input", { maxlength: "7", value: category ? category.colour : "#1f5fa8" })),
      C.el("button", { type: "button", class: "secondary", text: t("removeCategory"),
        onclick: () => { const list = row.parentNode; row.remove(); renumberCategories(list); } }));
    return row;
  }

  function renumberCategories(list) {
    [...list.children].forEach((row, i) => {
      row.querySelector("legend").textContent = t("category") + " " + (i + 1);
      row.querySelector("button").setAttribute("aria-label", t("removeCategory") + " " + (i + 1));
    });
  }

  async function mapForm(phase) {
    const current = await read(base(phase) + "/map");
    const rows = () => [...list.children];
    const f = form("pc-map", t("map"), (name) => {
      const m = /^categories\[(\d+)\]\.?(\w*)/.exec(name);
      if (m) {
        const row = rows()[Number(m[1])];
        const inputs = row ? row.querySelectorAll("input") : [];
        return inputs.length ? inputs[m[2] === "colour" ? 1 : 0].id : "pc-add-category";
      }
      return { "centre.lat": "pc-lat", "centre.lng": "pc-lng", centre: "pc-lat", zoom: "pc-zoom", bounds: "pc-south",
        "bounds.south": "pc-south", "bounds.west": "pc-west", "bounds.north": "pc-north", "bounds.east": "pc-east",
        categories: "pc-add-category" }[name] || "pc-lat";
    });
    const b = current && current.bounds;
    const centre = C.el("fieldset", { class: "coords" }, C.el("legend", { text: t("centre") }),
      C.field("pc-lat", t("lat"), number(current ? current.centre.lat : "")),
      C.field("pc-lng", t("lng"), number(current ? current.centre.lng : "")));
    const bounds = C.el("fieldset", { class: "coords" }, C.el("legend", { text: t("bounds") }),
      C.field("pc-south", t("south"), number(b ? b.south : "")), C.field("pc-west", t("west"), number(b ? b.west : "")),
      C.field("pc-north", t("north"), number(b ? b.north : "")), C.field("pc-east", t("east"), number(b ? b.east : "")));
    categoryRows = 0;
    const list = C.el("div", { id: "pc-categories" }, ...(current ? current.categories : [null]).map(categoryRow));
    const categories = C.el("fieldset", {}, C.el("legend", { text: t("categories") }), list,
      C.el("button", { type: "button", id: "pc-add-category", class: "secondary", text: t("addCategory"),
        onclick: () => { list.append(categoryRow(null)); renumberCategories(list); list.lastChild.querySelector("input").focus(); } }));
    f.append(centre, C.field("pc-zoom", t("zoom"), number(current ? current.zoom : 14)), bounds, categories,
      actions(C.el("button", { type: "submit", id: "pc-save-map", text: t("saveMap") })), f.status);
    submitting(f, async () => {
      // read as people type numbers (a decimal comma in French, spaces between thousands); a word is refused here
      const problems = [];
      const num = (id, field, whole) => typedNumber($(id), field, whole, problems);
      const body = { centre: { lat: num("pc-lat", "centre.lat"), lng: num("pc-lng", "centre.lng") }, zoom: num("pc-zoom", "zoom", true),
        categories: rows().map((row) => {
          const [label, colour] = row.querySelectorAll("input");
          return { id: row.dataset.id ? Number(row.dataset.id) : null, label: label.value, colour: colour.value };
        }) };
      if (["pc-south", "pc-west", "pc-north", "pc-east"].some((id) => $(id).value.trim() !== "")) {
        body.bounds = { south: num("pc-south", "bounds.south"), west: num("pc-west", "bounds.west"),
          north: num("pc-north", "bounds.north"), east: num("pc-east", "bounds.east") };
      }
      refuseIfAny(problems);
      const saved = await C.api("PUT", base(phase) + "/map", body);
      categoryRows = 0;
      list.replaceChildren(...saved.categories.map(categoryRow)); // new categories now have their ids
      renumberCategories(list);
    });
    renumberCategories(list);
    return f;
  }

  async function resultsForm(phase) {
    let current = await C.api("GET", base(phase) + "/results");
    const f = form("pc-results", t("results"), () => "pc-summary");
    const summary = C.el("textarea", { rows: "6" });
    summary.value = current.summary || "";
    const state = C.el("p", { id: "pc-results-state" });
    const publish = C.el("button", { type: "button", id: "pc-publish", class: "secondary", text: t("publish") });
    const unpublish = C.el("button", { type: "button", id: "pc-unpublish", class: "secondary", text: t("unpublish") });
    const show = () => {
      state.textContent = (current.published ? t("isPublished") : t("notPublished")) + " " + (current.ended ? t("ended") : t("notEnded"));
      publish.hidden = current.published;
      unpublish.hidden = !current.published;
    };
    const act = (action, message) => async () => {
      clearErrors(f);
      try {
        current = await C.api("POST", base(phase) + "/results/" + action);
        show();
        C.status(message, false, f.status.id);
      } catch (x) { showProblem(f, x); }
    };
    publish.addEventListener("click", act("publish", t("publishedDone")));
    unpublish.addEventListener("click", act("unpublish", t("unpublishedDone")));
    f.append(state, C.field("pc-summary", t("summary"), summary, t("markdownHint")),
      actions(C.el("button", { type: "submit", id: "pc-save-results", text: t("saveResults") }), publish, unpublish), f.status);
    submitting(f, async () => {
      current = await C.api("PUT", base(phase) + "/results", { summary: summary.value, version: current.version });
      show();
    });
    show();
    return f;
  }

  async function open(phase) {
    const editor = $("phase-content");
    editor.replaceChildren(C.el("p", { role: "status", text: t("loading") }));
    editor.hidden = false;
    try {
      const title = C.el("h5", { id: "phase-content-title", tabindex: "-1",
        text: t("editing") + sep() + phase.title + " (" + t("method." + phase.method) + ")" });
      const parts = [];
      if (phase.method === "information") parts.push(await informationForm(phase));
      else if (phase.method === "debate") parts.push(await debateForm(phase));
      else if (phase.method === "map") parts.push(await mapForm(phase));
      else if (editors[phase.method]) parts.push(await editors[phase.method](phase, base(phase)));
      else parts.push(C.el("p", { class: "hint", text: t("other") }));
      parts.push(await resultsForm(phase));
      editor.replaceChildren(title, ...parts,
        C.el("p", {}, C.el("button", { type: "button", class: "secondary", id: "phase-content-close", text: t("close"),
          onclick: () => { editor.hidden = true; editor.replaceChildren(); } })));
      title.focus();
    } catch (x) {
      editor.replaceChildren(C.el("p", { class: "form-status error", role: "status", text: x.message }));
    }
  }

  function showButtons(c) {
    consultation = c;
    const list = $("phase-content-list");
    list.replaceChildren();
    $("phase-content").hidden = true;
    $("phase-content").replaceChildren();
    const phases = c ? c.phases.filter((p) => p.id) : [];
    $("phase-content-help").hidden = phases.length > 0;
    phases.forEach((p) => list.append(C.el("li", {}, C.el("button", { type: "button", class: "secondary",
      id: "phase-content-open-" + p.id, text: t("open") + sep() + p.title + " (" + t("method." + p.method) + ")",
      onclick: () => open(p) }))));
  }

  // for surveys.js, budgets.js and the contributions form (loaded after this file): the same forms, errors and status
  // messages as here
  window.CivitasConsole.phaseContent = { form, clearErrors, showProblem, submitting, actions, read, sep,
    typedNumber, refuseIfAny, register: (method, editor) => { editors[method] = editor; } };

  document.addEventListener("civitas:signed-in", (event) => {
    C = window.CivitasConsole; // the helpers serve agents who only record contributions too
    t = (key) => TEXT[C.lang][key] || key;
    if (!event.detail.permissions.includes("edit-consultations")) return;
    $("phase-content-heading").textContent = t("title");
    $("phase-content-help").textContent = t("help");
  });
  // the consultation editor says which consultation it shows (null: a new one, not saved yet)
  document.addEventListener("civitas:consultation-shown", (event) => { if (C) showButtons(event.detail); });
})();
