// The municipality's notices in the console (permission manage-branding): legal notice, privacy notice and
// accessibility statement, in Markdown per language. A language left empty shows the platform's default text.
(function () {
  "use strict";
  const TEXT = {
    fr: { title: "Pages d’information", help: "Laissez une langue vide pour afficher le texte par défaut de la plateforme. Mise en forme Markdown ; le HTML est affiché tel quel.",
      notice: "Page", "legal-notice": "Mentions légales", privacy: "Données personnelles", accessibility: "Déclaration d’accessibilité",
      text: "Texte", save: "Enregistrer la page", saved: "Enregistré.", view: "Voir la page", errors: "À corriger :" },
    en: { title: "Information pages", help: "Leave a language empty to show the platform's default text. Markdown formatting; HTML is shown as text.",
      notice: "Page", "legal-notice": "Legal notice", privacy: "Personal data", accessibility: "Accessibility statement",
      text: "Text", save: "Save the page", saved: "Saved.", view: "See the page", errors: "To correct:" }
  };
  const NOTICES = ["legal-notice", "privacy", "accessibility"];
  const $ = (id) => document.getElementById(id);
  let C;
  let t = (key) => key;
  let languages = [];

  async function load() {
    const notice = $("notice-choice").value;
    const texts = await C.api("GET", "/api/notices/" + notice);
    const fields = $("notice-fields");
    fields.replaceChildren();
    languages.forEach((language) => {
      const id = "notice-text-" + language;
      fields.append(C.el("p", { class: "field" }, C.el("label", { for: id, text: t("text") + " (" + language + ")" }),
        C.el("textarea", { id, rows: "10", lang: language, "aria-describedby": "notices-help" })));
      $(id).value = texts[language] || "";
    });
    $("notice-view").href = C.apiBase + "/" + notice;
  }

  async function save(e) {
    e.preventDefault();
    const body = {};
    languages.forEach((language) => { body[language] = $("notice-text-" + language).value; });
    try {
      await C.api("PUT", "/api/notices/" + $("notice-choice").value, body);
      C.status(t("saved"), false, "notices-status");
    } catch (x) {
      C.status(C.refusal(x, t("errors")), true, "notices-status");
    }
  }

  document.addEventListener("civitas:signed-in", (event) => {
    if (!event.detail.permissions.includes("manage-branding")) return;
    C = window.CivitasConsole;
    t = (key) => TEXT[C.lang][key] || key;
    languages = event.detail.locales || ["fr", "en"];
    $("notices-title").textContent = t("title");
    $("notices-help").textContent = t("help");
    $("notice-choice-label").textContent = t("notice");
    $("save-notice").textContent = t("save");
    $("notice-view").textContent = t("view");
    const choice = $("notice-choice");
    NOTICES.forEach((n) => choice.append(C.el("option", { value: n, text: t(n) })));
    choice.addEventListener("change", () => load().catch((x) => C.status(x.message, true, "notices-status")));
    $("notice-form").addEventListener("submit", save);
    load().then(() => { $("notices-section").hidden = false; }).catch((x) => C.status(x.message, true, "notices-status"));
  });
})();
