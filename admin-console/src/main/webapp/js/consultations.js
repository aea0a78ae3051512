// Consultations in the console: staff (permission edit-consultations) list, write, preview, publish and close them,
// and attach an image and documents. Uses only the platform's REST API (see /openapi), like the rest of the console.
(function () {
  "use strict";
  const TEXT = {
    fr: { title: "Consultations", create: "Nouvelle consultation", caption: "Consultations de la commune, brouillons compris",
      colTitle: "Titre", colStatus: "État", colWhen: "Calendrier", colActions: "Actions", edit: "Modifier", preview: "Aperçu",
      publish: "Publier", close: "Clore", none: "Aucune consultation pour le moment.",
      "status.draft": "brouillon", "status.published": "publiée", "status.closed": "close",
      "timing.current": "en cours", "timing.upcoming": "à venir", "timing.closed": "terminée",
      editing: "Modifier la consultation", creating: "Nouvelle consultation", fTitle: "Titre", fSummary: "Résumé (une ou deux phrases)",
      fDescription: "Description", markdownHint: "Mise en forme Markdown : # titre, **gras**, - liste, [lien](https://…). Le HTML est affiché tel quel, jamais exécuté.",
      fStakes: "Les enjeux", fProcedure: "Comment ça se passe", fDecidedBy: "Qui décide", fTags: "Thèmes (séparés par des virgules)",
      fDistrict: "Quartier", fImageAlt: "Texte alternatif de l’image (ce qu’elle montre)", phases: "Étapes",
      phase: "Étape", pTitle: "Titre de l’étape", pMethod: "Mode de participation", pStart: "Début", pEnd: "Fin",
      removePhase: "Retirer l’étape", addPhase: "Ajouter une étape", save: "Enregistrer", cancel: "Fermer le formulaire",
      saved: "Enregistré.", published: "Publiée.", closed: "Close.", files: "Image et documents", image: "Image (PNG, JPEG ou WebP, 2 Mo au plus)",
      uploadImage: "Envoyer l’image", removeImage: "Retirer l’image", document: "Document (PDF, images, OpenDocument, Office, CSV, texte ; 10 Mo au plus)",
      documentTitle: "Titre du document (facultatif)", uploadDocument: "Joindre le document", removeDocument: "Retirer",
      noFile: "Choisissez d’abord un fichier.", saveFirst: "Enregistrez la consultation avant d’y joindre des fichiers.",
      errors: "À corriger :",
      "method.information": "Information", "method.survey": "Questionnaire", "method.ideas": "Appel à idées", "method.map": "Carte participative",
      "method.budget": "Budget participatif", "method.debate": "Débat" },
    en: { title: "Consultations", create: "New consultation", caption: "The municipality's consultations, drafts included",
      colTitle: "Title", colStatus: "Status", colWhen: "Timeline", colActions: "Actions", edit: "Edit", preview: "Preview",
      publish: "Publish", close: "Close", none: "No consultation yet.",
      "status.draft": "draft", "status.published": "published", "status.closed": "closed",
      "timing.current": "under way", "timing.upcoming": "upcoming", "timing.closed": "over",
      editing: "Edit the consultation", creating: "New consultation", fTitle: "Title", fSummary: "Summary (one or two sentences)",
      fDescription: "Description", markdownHint: "Markdown formatting: # heading, **bold**, - list, [link](https://…). HTML is shown as text, never run.",
      fStakes: "What is at stake", fProcedure: "How it works", fDecidedBy: "Who decides", fTags: "Themes (comma-separated)",
      fDistrict: "District", fImageAlt: "Text alternative of the image (what it shows)", phases: "Steps",
      phase: "Step", pTitle: "Step title", pMethod: "Participation method", pStart: "Start", pEnd: "End",
      removePhase: "Remove the step", addPhase: "Add a step", save: "Save", cancel: "Close the form",
      saved: "Saved.", published: "Published.", closed: "Closed.", files: "Image and documents", image: "Image (PNG, JPEG or WebP, at most 2 MB)",
      uploadImage: "Upload the image", removeImage: "Remove the image", document: "Document (PDF, images, OpenDocument, Office, CSV, text; at most 10 MB)",
      documentTitle: "Document title (optional)", uploadDocument: "Attach the document", removeDocument: "Remove",
      noFile: "Choose a file first.", saveFirst: "Save the consultation before attaching files.",
      errors: "To correct:",
      "method.information": "Information", "method.survey": "Survey", "method.ideas": "Call for ideas", "method.map": "Participatory map",
      "method.budget": "Participatory budget", "method.debate": "Debate" }
  };
  const METHODS = ["information", "survey", "ideas", "map", "budget", "debate"];
  const $ = (id) => document.getElementById(id);
  let C; // the console's shared helpers, set once it has started
  let t = (key) => key;
  let editing = null; // the consultation in the form, as the API last returned it
  let phaseRows = 0; // ever-growing, so ids stay unique when steps are removed and added

  const problemText = (x) => C.refusal(x, t("errors"));

  // after a change made here: the list is read again
  async function refreshChanged() {
    C.forgetConsultations();
    await refresh();
  }

  async function refresh() {
    const list = await C.consultations("all");
    const body = $("consultations").querySelector("tbody");
    body.replaceChildren();
    $("consultations-none").hidden = list.length > 0;
    list.forEach((c) => {
      const actions = C.el("div", { class: "actions" },
        C.el("button", { type: "button", text: t("edit"), "aria-label": t("edit") + " : " + c.title, onclick: () => open(c.id) }),
        C.el("a", { href: C.apiBase + "/consultations/" + c.id, target: "_blank", rel: "noopener", text: t("preview"),
          "aria-label": t("preview") + " : " + c.title }));
      if (c.status !== "published") {
        actions.append(C.el("button", { type: "button", text: t("publish"), "aria-label": t("publish") + " : " + c.title,
          onclick: () => act(c.id, "publish", "published") }));
      }
      if (c.status === "published") {
        actions.append(C.el("button", { type: "button", text: t("close"), "aria-label": t("close") + " : " + c.title,
          onclick: () => act(c.id, "close", "closed") }));
      }
      body.append(C.el("tr", { id: "consultation-row-" + c.id }, C.el("td", { text: c.title }),
        C.el("td", { text: t("status." + c.status) }), C.el("td", { text: t("timing." + c.timing) }), C.el("td", {}, actions)));
    });
  }

  async function act(id, action, message) {
    try {
      const changed = await C.api("POST", "/api/consultations/" + id + "/" + action);
      if (editing && editing.id === id) editing.version = changed.version; // the form's next save builds on this
      await refreshChanged();
      C.status(t(message), false, "consultations-status");
    } catch (x) { C.status(problemText(x), true, "consultations-status"); }
  }


  function phaseRow(phase, index) {
    const row = C.el("fieldset", { class: "phase-row" }, C.el("legend", { text: t("phase") + " " + (index + 1) }));
    row.dataset.id = phase && phase.id ? phase.id : "";
    const method = C.el("select", {});
    METHODS.forEach((m) => method.append(C.el("option", { value: m, text: t("method." + m) })));
    method.value = phase ? phase.method : "survey";
    const n = "phase-" + phaseRows++ + "-";
    row.append(C.field(n + "title", t("pTitle"), C.el("input", { value: phase ? phase.title : "", required: "", maxlength: "200" })),
      C.field(n + "method", t("pMethod"), method),
      C.field(n + "start", t("pStart"), C.el("input", { type: "date", value: phase ? phase.startsOn : "", required: "" })),
      C.field(n + "end", t("pEnd"), C.el("input", { type: "date", value: phase ? phase.endsOn : "", required: "" })),
      C.el("button", { type: "button", class: "secondary", text: t("removePhase"), "aria-label": t("removePhase") + " " + (index + 1),
        onclick: () => { row.remove(); renumber(); } }));
    return row;
  }

  function renumber() {
    [...$("phase-rows").children].forEach((row, i) => {
      row.querySelector("legend").textContent = t("phase") + " " + (i + 1);
      row.querySelector("button").setAttribute("aria-label", t("removePhase") + " " + (i + 1));
    });
  }

  function showForm(c) {
    editing = c;
    $("consultation-form-title").textContent = c ? t("editing") + " : " + c.title : t("creating");
    const v = (name) => (c && c[name]) || "";
    $("c-title").value = v("title");
    $("c-summary").value = v("summary");
    $("c-description").value = v("description");
    $("c-stakes").value = v("stakes");
    $("c-procedure").value = v("procedure");
    $("c-decidedBy").value = v("decidedBy");
    $("c-tags").value = c ? c.tags.join(", ") : "";
    $("c-district").value = v("district");
    $("c-imageAlt").value = c && c.image ? c.image.alt || "" : "";
    phaseRows = 0;
    $("phase-rows").replaceChildren(...(c ? c.phases : [null]).map(phaseRow));
    showFiles(c);
    document.dispatchEvent(new CustomEvent("civitas:consultation-shown", { detail: c })); // phases.js: one button per phase
    C.status("", false, "consultation-form-status");
    $("consultation-editor").hidden = false;
    $("c-title").focus();
  }

  function showFiles(c) {
    $("files-saved").hidden = !c;
    $("files-unsaved").hidden = !!c;
    const list = $("documents-list");
    list.replaceChildren();
    $("image-current").replaceChildren();
    if (!c) return;
    if (c.image) {
      $("image-current").append(C.el("img", { src: c.image.url, alt: c.image.alt || "", class: "thumb" }),
        C.el("button", { type: "button", class: "secondary", text: t("removeImage"), onclick: () => removeFile("/image") }));
    }
    (c.documents || []).forEach((d) => list.append(C.el("li", {}, C.el("a", { href: d.url, text: d.title }), " (" + d.name + ") ",
      C.el("button", { type: "button", class: "secondary", text: t("removeDocument"), "aria-label": t("removeDocument") + " : " + d.title,
        onclick: () => removeFile("/documents/" + d.id) }))));
  }

  async function open(id) {
    try { showForm(await C.api("GET", "/api/consultations/" + id)); } catch (x) { C.status(problemText(x), true, "consultations-status"); }
  }

  function formBody() {
    const phases = [...$("phase-rows").children].map((row) => {
      const [title, method, startsOn, endsOn] = row.querySelectorAll("input, select");
      return { id: row.dataset.id ? Number(row.dataset.id) : null, title: title.value, method: method.value,
        startsOn: startsOn.value || null, endsOn: endsOn.value || null };
    });
    const tags = $("c-tags").value.split(",").map((s) => s.trim()).filter((s) => s);
    const body = { title: $("c-title").value, summary: $("c-summary").value, description: $("c-description").value,
      stakes: $("c-stakes").value, procedure: $("c-procedure").value, decidedBy: $("c-decidedBy").value, tags,
      district: $("c-district").value, imageAlt: $("c-imageAlt").value, phases };
    if (editing) body.version = editing.version;
    return body;
  }

  async function save(e) {
    e.preventDefault();
    try {
      const saved = editing
        ? await C.api("PUT", "/api/consultations/" + editing.id, formBody())
        : await C.api("POST", "/api/consultations", formBody());
      showForm(saved);
      await refreshChanged();
      C.status(t("saved"), false, "consultation-form-status");
    } catch (x) { C.status(problemText(x), true, "consultation-form-status"); }
  }

  async function upload(path, input, method, query) {
    const file = input.files[0];
    if (!file) { C.status(t("noFile"), true, "consultation-form-status"); return; }
    const response = await fetch(C.apiBase + "/api/consultations/" + editing.id + path + (query || ""), {
      method, credentials: "same-origin", headers: { Accept: "application/json", "Content-Type": file.type || "application/octet-stream" }, body: file });
    const data = await response.json().catch(() => null);
    if (!response.ok) {
      const error = new Error(data && data.detail ? data.detail : String(response.status));
      error.problem = data;
      throw error;
    }
    input.value = "";
    await refreshFiles();
    C.status(t("saved"), false, "consultation-form-status");
  }

  /** Files change apart from the text: only they are refreshed, the version read stays (a colleague's save is not overwritten). */
  async function refreshFiles() {
    const current = await C.api("GET", "/api/consultations/" + editing.id);
    editing.image = current.image;
    editing.documents = current.documents;
    showFiles(editing);
  }

  async function removeFile(path) {
    try {
      await C.api("DELETE", "/api/consultations/" + editing.id + path);
      await refreshFiles();
      C.status(t("saved"), false, "consultation-form-status");
    } catch (x) { C.status(problemText(x), true, "consultation-form-status"); }
  }

  function build() {
    const form = $("consultation-form");
    const area = (rows) => C.el("textarea", { rows: String(rows) });
    form.prepend(
      C.field("c-title", t("fTitle"), C.el("input", { required: "", maxlength: "200" })),
      C.field("c-summary", t("fSummary"), C.el("textarea", { rows: "2", required: "", maxlength: "1000" })),
      C.field("c-description", t("fDescription"), area(8), t("markdownHint")),
      C.field("c-stakes", t("fStakes"), area(4), t("markdownHint")),
      C.field("c-procedure", t("fProcedure"), area(4), t("markdownHint")),
      C.field("c-decidedBy", t("fDecidedBy"), C.el("input", { maxlength: "300" })),
      C.field("c-tags", t("fTags"), C.el("input", {})),
      C.field("c-district", t("fDistrict"), C.el("input", { maxlength: "120" })),
      C.field("c-imageAlt", t("fImageAlt"), C.el("input", { maxlength: "300" })));
    $("phases-legend").textContent = t("phases");
    $("add-phase").textContent = t("addPhase");
    $("add-phase").addEventListener("click", () => { $("phase-rows").append(phaseRow(null, $("phase-rows").children.length)); });
    $("save-consultation").textContent = t("save");
    $("close-editor").textContent = t("cancel");
    $("close-editor").addEventListener("click", () => { $("consultation-editor").hidden = true; editing = null; });
    form.addEventListener("submit", save);
    $("files-title").textContent = t("files");
    $("files-unsaved").textContent = t("saveFirst");
    $("image-label").textContent = t("image");
    $("upload-image").textContent = t("uploadImage");
    $("document-label").textContent = t("document");
    $("document-title-label").textContent = t("documentTitle");
    $("upload-document").textContent = t("uploadDocument");
    const report = (promise) => promise.catch((x) => C.status(problemText(x), true, "consultation-form-status"));
    $("upload-image").addEventListener("click", () => report(upload("/image", $("image-file"), "PUT")));
    $("upload-document").addEventListener("click", () => {
      const file = $("document-file").files[0];
      const title = $("document-title").value.trim();
      report(upload("/documents", $("document-file"), "POST",
        file ? "?name=" + encodeURIComponent(file.name) + (title ? "&title=" + encodeURIComponent(title) : "") : "")
        .then(() => { $("document-title").value = ""; }));
    });
    $("new-consultation").textContent = t("create");
    $("new-consultation").addEventListener("click", () => showForm(null));
    $("consultations-title").textContent = t("title");
    $("consultations-caption").textContent = t("caption");
    $("consultations-none").textContent = t("none");
    ["colTitle", "colStatus", "colWhen", "colActions"].forEach((k) => { $(k).textContent = t(k); });
  }

  document.addEventListener("civitas:signed-in", (event) => {
    if (!event.detail.permissions.includes("edit-consultations")) return;
    C = window.CivitasConsole;
    t = (key) => TEXT[C.lang][key] || key;
    build();
    refresh().then(() => { $("consultations-section").hidden = false; })
      .catch((x) => C.status(x.message, true, "consultations-status"));
  });
})();
