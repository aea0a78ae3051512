// Outcome updates in the console (permission answer-contributions): what became of a consultation, told to citizens on
// its page and emailed to its followers (text in Markdown, date, milestone or not). Uses only the platform's REST API.
(function () {
  "use strict";
  const TEXT = {
    fr: { title: "Suivi des consultations", help: "Dites aux habitants ce que la consultation est devenue : chaque nouvelle s’affiche sur sa page et part par courriel à celles et ceux qui la suivent.",
      consultation: "Consultation", updateTitle: "Titre de la nouvelle", body: "Texte (Markdown)", happenedOn: "Date (par défaut : aujourd’hui)",
      milestone: "C’est une étape marquante (décision, vote, début des travaux…)", publish: "Publier la nouvelle",
      published: "Nouvelle publiée ; les personnes qui suivent la consultation sont prévenues par courriel.",
      list: "Nouvelles déjà publiées", none: "Aucune nouvelle pour l’instant.", milestoneTag: "Étape marquante", errors: "À corriger :" },
    en: { title: "Consultation follow-up", help: "Tell citizens what became of the consultation: each update shows on its page and is emailed to those who follow it.",
      consultation: "Consultation", updateTitle: "Title of the update", body: "Text (Markdown)", happenedOn: "Date (default: today)",
      milestone: "It is a milestone (decision, vote, start of works…)", publish: "Publish the update",
      published: "Update published; the consultation's followers are told by email.",
      list: "Updates already published", none: "No update yet.", milestoneTag: "Milestone", errors: "To correct:" }
  };
  const $ = (id) => document.getElementById(id);
  let C;
  let t = (key) => key;

  const problemText = (x) => C.refusal(x, t("errors"));

  async function showUpdates() {
    const consultation = $("update-consultation").value;
    const list = $("updates-list");
    if (!consultation) { list.replaceChildren(); return; }
    const updates = await C.api("GET", "/api/consultations/" + consultation + "/updates");
    $("updates-none").hidden = updates.length > 0;
    list.replaceChildren(...updates.map((u) => C.el("li", {},
      C.el("strong", { text: u.title }), " — " + new Date(u.happenedOn + "T12:00:00").toLocaleDateString(C.lang)
        + (u.milestone ? " · " + t("milestoneTag") : ""))));
  }

  async function publish(e) {
    e.preventDefault();
    const body = { title: $("update-title").value, body: $("update-body").value, milestone: $("update-milestone").checked };
    if ($("update-date").value) body.happenedOn = $("update-date").value;
    try {
      await C.api("POST", "/api/consultations/" + $("update-consultation").value + "/updates", body);
      e.target.reset();
      C.status(t("published"), false, "updates-status");
      await showUpdates();
    } catch (x) {
      C.status(problemText(x), true, "updates-status");
    }
  }

  document.addEventListener("civitas:signed-in", async (event) => {
    const permissions = event.detail.permissions;
    if (!permissions.includes("answer-contributions")) return;
    C = window.CivitasConsole;
    t = (key) => TEXT[C.lang][key] || key;
    const section = $("updates-section");
    const form = C.el("form", { id: "update-form", novalidate: "" },
      C.field("update-title", t("updateTitle"), C.el("input", { id: "update-title", maxlength: "200", autocomplete: "off" })),
      C.field("update-body", t("body"), C.el("textarea", { id: "update-body", rows: "6" })),
      C.field("update-date", t("happenedOn"), C.el("input", { id: "update-date", type: "date" })),
      C.el("p", {}, C.el("input", { id: "update-milestone", type: "checkbox" }), " ",
        C.el("label", { for: "update-milestone", class: "inline-label", text: t("milestone") })),
      C.el("button", { type: "submit", id: "update-publish", text: t("publish") }));
    form.addEventListener("submit", publish);
    section.append(C.el("h2", { id: "updates-title", text: t("title") }), C.el("p", { class: "hint", text: t("help") }),
      C.field("update-consultation", t("consultation"), C.el("select", { id: "update-consultation" })),
      C.el("p", { id: "updates-status", class: "form-status", role: "status", "aria-live": "polite" }),
      form, C.el("h3", { text: t("list") }), C.el("p", { id: "updates-none", text: t("none") }), C.el("ul", { id: "updates-list" }));
    try {
      // staff who also edit consultations see drafts too; others the published ones, which are those followed
      const consultations = await C.consultations(permissions.includes("edit-consultations") ? "all" : null);
      $("update-consultation").replaceChildren(...consultations.map((c) => C.el("option", { value: c.id, text: c.title })));
      $("update-consultation").addEventListener("change", () => showUpdates().catch((x) => C.status(problemText(x), true, "updates-status")));
      await showUpdates();
    } catch (x) {
      C.status(problemText(x), true, "updates-status");
    }
    section.hidden = false;
  });
})();
