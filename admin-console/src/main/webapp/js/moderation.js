// Moderation in the console (permission moderate): the queue of flagged items and items held by pre-moderation,
// with the flags' reasons; publish, keep, hide (the reason is shown to the author) or restore a hidden item; and the
// pre-moderation switch of each published consultation. Uses only the platform's REST API.
(function () {
  "use strict";
  const TEXT = {
    fr: { title: "Modération", refresh: "Actualiser", queue: "À modérer", hidden: "Contenus masqués",
      queueNone: "Rien à modérer pour l’instant.", hiddenNone: "Aucun contenu masqué.",
      "kind.idea": "Idée", "kind.comment": "Commentaire", "kind.map-pin": "Contribution sur la carte", "kind.argument": "Argument",
      "status.pending": "En attente de modération", "status.published": "Publié", "status.hidden": "Masqué",
      by: "par", flagOnce: "Signalé une fois", flags: "Signalé {n} fois", flagReasons: "Motifs des signalements", hiddenReason: "Motif donné à l’auteur",
      reason: "Motif (montré à l’auteur ; obligatoire pour masquer ou rétablir)", publish: "Publier", keep: "Laisser publié",
      hide: "Masquer", restore: "Rétablir", see: "Voir sur le portail", done: "Décision enregistrée : ",
      imageAlt: "Description de l’image donnée par l’auteur",
      preModeration: "Modération a priori", preModerationHelp: "Les nouvelles contributions d’une consultation cochée attendent qu’un modérateur les publie.",
      holdNew: "Retenir les nouvelles contributions de « {title} »", switched: "Réglage enregistré.",
      errors: "À corriger :", noConsultation: "Aucune consultation publiée." },
    en: { title: "Moderation", refresh: "Refresh", queue: "To moderate", hidden: "Hidden content",
      queueNone: "Nothing to moderate for now.", hiddenNone: "No hidden content.",
      "kind.idea": "Idea", "kind.comment": "Comment", "kind.map-pin": "Map contribution", "kind.argument": "Argument",
      "status.pending": "Awaiting moderation", "status.published": "Published", "status.hidden": "Hidden",
      by: "by", flagOnce: "Flagged once", flags: "Flagged {n} times", flagReasons: "Reasons given by those who flagged it", hiddenReason: "Reason given to the author",
      reason: "Reason (shown to the author; required to hide or restore)", publish: "Publish", keep: "Keep published",
      hide: "Hide", restore: "Restore", see: "See on the portal", done: "Decision saved: ",
      imageAlt: "Image description given by the author",
      preModeration: "Pre-moderation", preModerationHelp: "New contributions to a ticked consultation wait until a moderator publishes them.",
      holdNew: "Hold new contributions to “{title}”", switched: "Setting saved.",
      errors: "To correct:", noConsultation: "No published consultation." }
  };
  // the portal page where each kind of item is shown
  const PAGE = { idea: "ideas", comment: "ideas", "map-pin": "map", argument: "debate" };
  const $ = (id) => document.getElementById(id);
  let C;
  let t = (key) => key;
  let titles = new Map();

  const problemText = (x) => C.refusal(x, t("errors"));

  function item(entry, actions) {
    const key = entry.kind + "-" + entry.id;
    const reasonId = "moderation-reason-" + key;
    const node = C.el("li", { class: "moderation-item", id: "moderation-" + key },
      C.el("h4", { text: t("kind." + entry.kind) + " — " + entry.excerpt }),
      C.el("p", { class: "hint", text: [titles.get(entry.consultationId), t("by") + " " + (entry.authorName || "?"),
        new Date(entry.createdAt).toLocaleString(C.lang), t("status." + entry.status)].filter(Boolean).join(" · ") }));
    if (entry.flags > 0) {
      node.append(C.el("p", { text: entry.flags === 1 ? t("flagOnce") : t("flags").replace("{n}", entry.flags) }),
        C.el("p", { class: "hint", text: t("flagReasons") }),
        C.el("ul", {}, ...entry.reasons.map((r) => C.el("li", { text: r }))));
    }
    if (entry.image) {
      // an idea's image is moderated with its text: both are shown as the portal will show them
      // the description is shown for sighted moderators to judge; screen readers have it once, as the image's alt
      node.append(C.el("img", { class: "moderation-image", src: entry.image.url, alt: entry.image.alt }),
        C.el("p", { class: "hint", "aria-hidden": "true", text: t("imageAlt") + (C.lang === "fr" ? " : " : ": ") + entry.image.alt }));
    }
    if (entry.moderationReason) {
      node.append(C.el("p", { text: t("hiddenReason") + (C.lang === "fr" ? " : " : ": ") + entry.moderationReason }));
    }
    node.append(C.field(reasonId, t("reason"), C.el("input", { maxlength: "500", autocomplete: "off" })));
    const buttons = actions.map((action) => C.el("button", { type: "button", class: action === "hide" ? "" : "secondary",
      "data-action": action, text: t(action), "aria-label": t(action) + " : " + entry.excerpt,
      onclick: () => decide(entry, action, $(reasonId).value) }));
    // an idea or a comment: the idea's own page, where its comments are
    const page = C.apiBase + "/consultations/" + entry.consultationId + "/phases/" + entry.phaseId + "/" + PAGE[entry.kind]
      + (entry.ideaId ? "/" + entry.ideaId : "") + (entry.kind === "comment" ? "#comment-" + entry.id : "");
    node.append(C.el("div", { class: "actions" }, ...buttons,
      C.el("a", { href: page, target: "_blank", rel: "noopener", text: t("see") })));
    return node;
  }

  function show(listId, noneId, entries, actionsOf) {
    $(listId).replaceChildren(...entries.map((e) => item(e, actionsOf(e))));
    $(noneId).hidden = entries.length > 0;
  }

  async function refresh() {
    const [queue, hidden] = await Promise.all([C.api("GET", "/api/moderation/queue"), C.api("GET", "/api/moderation/hidden")]);
    show("moderation-queue", "moderation-queue-none", queue,
      (e) => (e.status === "pending" ? ["publish", "hide"] : ["keep", "hide"]));
    show("moderation-hidden", "moderation-hidden-none", hidden, () => ["restore"]);
  }

  async function decide(entry, action, reason) {
    try {
      // for an idea, the picture seen (0: none): the server refuses if it changed meanwhile
      const seen = entry.kind === "idea" ? (entry.image ? entry.image.version : 0) : null;
      await C.api("POST", "/api/moderation/" + entry.kind + "/" + entry.id + "/" + action,
        { reason: reason.trim() || null, imageVersion: seen });
      await refresh();
      C.status(t("done") + t(action) + " — " + entry.excerpt, false, "moderation-status");
      $("moderation-title").focus(); // the item's buttons are gone: focus goes back to the top of the section
    } catch (x) {
      C.status(problemText(x), true, "moderation-status");
      const field = $("moderation-reason-" + entry.kind + "-" + entry.id);
      if (field) field.focus();
    }
  }

  async function preModeration(consultations) {
    const box = $("pre-moderation");
    box.replaceChildren(C.el("legend", { text: t("preModeration") }), C.el("p", { class: "hint", text: t("preModerationHelp") }));
    if (consultations.length === 0) box.append(C.el("p", { text: t("noConsultation") }));
    const held = new Set(await C.api("GET", "/api/moderation/pre-moderated"));
    consultations.forEach((c) => {
      const id = "pre-moderation-" + c.id;
      const input = C.el("input", { type: "checkbox", id });
      input.checked = held.has(c.id);
      input.addEventListener("change", async () => {
        try {
          await C.api("PUT", "/api/consultations/" + c.id + "/moderation", { preModeration: input.checked });
          C.status(t("switched"), false, "moderation-status");
        } catch (x) {
          input.checked = !input.checked;
          C.status(problemText(x), true, "moderation-status");
        }
      });
      box.append(C.el("p", {}, input, " ", C.el("label", { for: id, text: t("holdNew").replace("{title}", c.title) })));
    });
  }

  document.addEventListener("civitas:signed-in", async (event) => {
    if (!event.detail.permissions.includes("moderate")) return;
    C = window.CivitasConsole;
    t = (key) => TEXT[C.lang][key] || key;
    const section = $("moderation-section");
    section.append(
      C.el("h2", { id: "moderation-title", tabindex: "-1", text: t("title") }),
      C.el("p", { id: "moderation-status", class: "form-status", role: "status", "aria-live": "polite" }),
      C.el("p", {}, C.el("button", { type: "button", id: "moderation-refresh", class: "secondary", text: t("refresh"),
        onclick: () => refresh().catch((x) => C.status(problemText(x), true, "moderation-status")) })),
      C.el("h3", { text: t("queue") }), C.el("p", { id: "moderation-queue-none", text: t("queueNone") }),
      C.el("ul", { id: "moderation-queue", class: "moderation-list" }),
      C.el("h3", { text: t("hidden") }), C.el("p", { id: "moderation-hidden-none", text: t("hiddenNone") }),
      C.el("ul", { id: "moderation-hidden", class: "moderation-list" }),
      C.el("fieldset", { id: "pre-moderation" }));
    try {
      // published consultations are those citizens contribute to (a moderator may not see drafts)
      const consultations = await C.consultations();
      titles = new Map(consultations.map((c) => [c.id, c.title]));
      await Promise.all([refresh(), preModeration(consultations)]);
    } catch (x) {
      C.status(problemText(x), true, "moderation-status");
    }
    section.hidden = false;
  });
})();
