// Contributions in the console: an agent (permission record-contributions) records an idea, a survey response or a ballot
// received on paper, by phone or at the counter (the survey and budget parts of the form: recording.js); staff
// (answer-contributions) give a contribution its status and the municipality's answer, which is emailed to its author.
// Uses only the platform's REST API, like the rest of the console.
(function () {
  "use strict";
  const TEXT = {
    fr: { title: "Contributions", recordTitle: "Enregistrer une contribution reçue hors ligne", consultation: "Consultation",
      phase: "Étape (questionnaire, appel à idées ou budget participatif)", channel: "Reçue", "channel.paper": "par courrier",
      "channel.phone": "par téléphone", "channel.counter": "au guichet", contactName: "Nom de la personne (facultatif)",
      contactEmail: "Courriel pour lui envoyer la réponse (facultatif)", receivedOn: "Reçue le (par défaut : aujourd’hui)",
      receivedOnHint: "Une contribution arrivée pendant l’étape peut être saisie jusqu’à 30 jours après sa fin.",
      ideaTitle: "Titre de l’idée", ideaText: "Texte de l’idée", loading: "Chargement…",
      "record.ideas": "Enregistrer l’idée", "record.survey": "Enregistrer la réponse", "record.budget": "Enregistrer le bulletin",
      "recorded.idea": "Idée enregistrée, numéro ", "recorded.survey-response": "Réponse enregistrée, numéro ",
      "recorded.ballot": "Bulletin enregistré, numéro ",
      "method.survey": "questionnaire", "method.ideas": "appel à idées", "method.budget": "budget participatif",
      "part.ideas": "L’idée", "part.survey": "Les réponses au questionnaire", "part.budget": "Le bulletin de vote",
      "empty.survey": "Ce questionnaire n’a pas encore de questions : rédigez-les dans le contenu de l’étape.",
      "empty.budget": "Ce budget n’a pas encore de projets : rédigez-les dans le contenu de l’étape.",
      noPhase: "Aucune étape de questionnaire, d’appel à idées ou de budget participatif.",
      answerTitle: "Répondre à une contribution", kind: "Sorte de contribution", id: "Numéro", load: "Afficher",
      "kind.idea": "Idée", "kind.survey-response": "Réponse au questionnaire", "kind.ballot": "Bulletin de vote",
      "kind.map-pin": "Contribution sur la carte", "kind.argument": "Argument", status: "Où en est-elle",
      "status.received": "Reçue", "status.under-review": "À l’étude", "status.accepted": "Retenue",
      "status.rejected": "Non retenue", "status.implemented": "Réalisée", answer: "Réponse de la commune",
      answerHint: "Obligatoire pour une contribution non retenue : dites pourquoi. Elle est envoyée par courriel à son auteur.",
      send: "Enregistrer la réponse", answered: "Réponse enregistrée ; l’auteur est prévenu par courriel.", errors: "À corriger :",
      via: "canal", channelsTitle: "Comment les contributions sont arrivées", channelsCaption: "Contributions par étape et par canal",
      colPhase: "Étape", "col.online": "En ligne", "col.paper": "Courrier", "col.phone": "Téléphone", "col.counter": "Guichet",
      colTotal: "Total" },
    en: { title: "Contributions", recordTitle: "Record a contribution received off line", consultation: "Consultation",
      phase: "Phase (survey, call for ideas or participatory budget)", channel: "Received", "channel.paper": "on paper",
      "channel.phone": "by phone", "channel.counter": "at the counter", contactName: "The person's name (optional)",
      contactEmail: "Email to send them the answer (optional)", receivedOn: "Received on (default: today)",
      receivedOnHint: "A contribution that arrived during the phase can be typed in up to 30 days after its end.",
      ideaTitle: "Title of the idea", ideaText: "Text of the idea", loading: "Loading…",
      "record.ideas": "Record the idea", "record.survey": "Record the response", "record.budget": "Record the ballot",
      "recorded.idea": "Idea recorded, number ", "recorded.survey-response": "Response recorded, number ",
      "recorded.ballot": "Ballot recorded, number ",
      "method.survey": "survey", "method.ideas": "call for ideas", "method.budget": "participatory budget",
      "part.ideas": "The idea", "part.survey": "The survey answers", "part.budget": "The ballot",
      "empty.survey": "This survey has no questions yet: write them in the phase's content.",
      "empty.budget": "This budget has no projects yet: write them in the phase's content.",
      noPhase: "No survey, call-for-ideas or participatory budget phase.",
      answerTitle: "Answer a contribution", kind: "Kind of contribution", id: "Number", load: "Show",
      "kind.idea": "Idea", "kind.survey-response": "Survey response", "kind.ballot": "Ballot",
      "kind.map-pin": "Map contribution", "kind.argument": "Argument", status: "Where it stands",
      "status.received": "Received", "status.under-review": "Under review", "status.accepted": "Accepted",
      "status.rejected": "Not accepted", "status.implemented": "Implemented", answer: "The municipality's answer",
      answerHint: "Required to turn a contribution down: say why. It is emailed to its author.",
      send: "Save the answer", answered: "Answer saved; the author is told by email.", errors: "To correct:",
      via: "channel", channelsTitle: "How contributions arrived", channelsCaption: "Contributions per phase and channel",
      colPhase: "Phase", "col.online": "Online", "col.paper": "Paper", "col.phone": "Phone", "col.counter": "Counter",
      colTotal: "Total" }
  };
  const CHANNELS = ["online", "paper", "phone", "counter"];
  const KINDS = ["idea", "survey-response", "ballot", "map-pin", "argument"];
  const STATUSES = ["received", "under-review", "accepted", "rejected", "implemented"];
  // what the record form asks after the channel, per method: ideas here; survey and budget from recording.js. A part is
  // { node, path (after the phase's), body(problems) (the request's own fields), fieldFor(field), whereIs?(field), reset?() }
  const parts = { ideas: ideaPart };
  let C;
  let P; // the phase content editor's helpers (phases.js): forms, errors beside their fields, status
  let t = (key) => key;
  let consultations = [];
  let phases = []; // the phases of the chosen consultation that take contributions recorded here
  let part = null; // the part shown, null while none (loading, no phase)
  let asked = 0; // parts asked for, so a slow answer for a phase left meanwhile is not shown
  let loaded = null;

  const $ = (id) => document.getElementById(id);
  const problemText = (x) => C.refusal(x, t("errors"));

  function select(id, values, label) {
    const node = C.el("select", { id });
    values.forEach((v) => node.append(C.el("option", { value: v, text: label(v) })));
    return node;
  }

  function ideaPart() {
    return { path: "/ideas/recorded",
      node: C.el("div", {}, C.field("record-title", t("ideaTitle"), C.el("input", { maxlength: "120" })),
        C.field("record-text", t("ideaText"), C.el("textarea", { rows: "5", maxlength: "5000" }))),
      body: () => ({ title: $("record-title").value, text: $("record-text").value }),
      fieldFor: (name) => ({ title: "record-title", text: "record-text" })[name] };
  }

  function recordForm() {
    const f = P.form("record", t("recordTitle"), (name) => ({ channel: "record-channel", contactName: "record-contact-name",
      contactEmail: "record-contact-email", receivedOn: "record-received-on" })[name] || (part && part.fieldFor(name)),
    (name) => (part && part.whereIs ? part.whereIs(name) : ""), "h3");
    f.append(C.field("record-consultation", t("consultation"), C.el("select")),
      C.field("record-phase", t("phase"), C.el("select")),
      C.field("record-channel", t("channel"), select("record-channel", ["paper", "phone", "counter"], (c) => t("channel." + c))),
      C.field("record-contact-name", t("contactName"), C.el("input", { maxlength: "200", autocomplete: "off" })),
      C.field("record-contact-email", t("contactEmail"), C.el("input", { type: "email", autocomplete: "off" })),
      C.field("record-received-on", t("receivedOn"), C.el("input", { type: "date" }), t("receivedOnHint")),
      C.el("div", { id: "record-part" }),
      P.actions(C.el("button", { type: "submit", id: "record-send", text: t("record.ideas") })), f.status);
    f.addEventListener("submit", async (e) => {
      e.preventDefault();
      P.clearErrors(f);
      if (!part) { C.status($("record-part").lastChild.textContent, true, f.status.id); return; } // loading, no questions…
      try {
        const problems = [];
        const body = Object.assign({ channel: $("record-channel").value, contactName: $("record-contact-name").value,
          contactEmail: $("record-contact-email").value, receivedOn: $("record-received-on").value || null }, part.body(problems));
        P.refuseIfAny(problems);
        const saved = await C.api("POST", phasePath() + part.path, body);
        clearForTheNext();
        C.status(t("recorded." + saved.kind) + saved.id, false, f.status.id);
        showChannels();
        $("answer-kind").value = saved.kind;
        $("answer-id").value = saved.id;
      } catch (x) {
        P.showProblem(f, x); // a refusal is kept with what was typed, beside its control and in the status
        const first = f.querySelector("[aria-invalid=true]");
        if (first) first.focus();
      }
    });
    return f;
  }

  function phasePath() {
    return "/api/consultations/" + $("record-consultation").value + "/phases/" + $("record-phase").value;
  }

  /** After a recording: the next paper form, from the same channel and most often of the same day (agents type batches). */
  function clearForTheNext() {
    ["record-contact-name", "record-contact-email"].forEach((id) => { $(id).value = ""; });
    $("record-part").querySelectorAll("input, textarea, select").forEach((n) => {
      if (n.type === "checkbox" || n.type === "radio") n.checked = n.defaultChecked;
      else if (n.tagName === "SELECT") n.selectedIndex = 0;
      else n.value = "";
    });
    if (part.reset) part.reset();
    $("record-contact-name").focus();
  }

  function fillPhases() {
    const chosen = consultations.find((c) => String(c.id) === $("record-consultation").value);
    phases = (chosen ? chosen.phases : []).filter((p) => parts[p.method]);
    $("record-phase").replaceChildren(...phases.map((p) => C.el("option", { value: p.id,
      text: p.title + " (" + t("method." + p.method) + ")" })));
    showPart();
    showChannels();
  }

  /** The rest of the record form follows the chosen phase's method. */
  async function showPart() {
    const at = $("record-part");
    const phase = phases.find((p) => String(p.id) === $("record-phase").value);
    const mine = ++asked;
    part = null;
    P.clearErrors($("record"));
    if (!phase) { at.replaceChildren(C.el("p", { class: "hint", text: t("noPhase") })); return; }
    const heading = C.el("h4", { text: t("part." + phase.method) });
    at.replaceChildren(heading, C.el("p", { text: t("loading") }));
    $("record-send").textContent = t("record." + phase.method);
    try {
      const next = await parts[phase.method](phasePath(), phase);
      if (mine !== asked) return;
      at.replaceChildren(heading, next.node);
      part = next;
    } catch (x) {
      if (mine !== asked) return;
      at.replaceChildren(heading, C.el("p", { class: "form-status error",
        text: x.status === 404 ? t("empty." + phase.method) : x.message }));
    }
  }

  // the counts of the consultation chosen in the record form: what reached each phase, online and through agents
  function channelsTable() {
    const head = C.el("tr", {}, C.el("th", { scope: "col", text: t("colPhase") }),
      ...CHANNELS.map((c) => C.el("th", { scope: "col", text: t("col." + c) })), C.el("th", { scope: "col", text: t("colTotal") }));
    return C.el("div", { class: "table-wrap" }, C.el("table", { id: "channels" },
      C.el("caption", { id: "channels-caption", text: t("channelsCaption") }), C.el("thead", {}, head), C.el("tbody", {})));
  }

  async function showChannels() {
    const consultation = $("record-consultation").value;
    const body = $("channels").querySelector("tbody");
    if (!consultation) { body.replaceChildren(); return; }
    try {
      const counts = await C.api("GET", "/api/consultations/" + consultation + "/channels");
      body.replaceChildren(...counts.phases.map((p) => C.el("tr", {}, C.el("th", { scope: "row", text: p.title }),
        ...CHANNELS.map((c) => C.el("td", { text: String(p.channels[c] || 0) })), C.el("td", { text: String(p.total) }))));
    } catch (x) {
      C.status(problemText(x), true, "record-status");
    }
  }

  function answerForm() {
    const form = C.el("form", { id: "answer-form", novalidate: "" },
      C.el("h3", { text: t("answerTitle") }),
      C.el("p", { class: "inline" },
        C.el("label", { for: "answer-kind", text: t("kind") }), " ", select("answer-kind", KINDS, (k) => t("kind." + k)), " ",
        C.el("label", { for: "answer-id", text: t("id") }), " ", C.el("input", { id: "answer-id", inputmode: "numeric", size: "8" }), " ",
        C.el("button", { type: "button", id: "answer-load", class: "secondary", text: t("load") })),
      C.el("div", { id: "answer-contribution", "aria-live": "polite" }),
      C.field("answer-status", t("status"), select("answer-status", STATUSES, (s) => t("status." + s))),
      C.el("p", { class: "field" }, C.el("label", { for: "answer-text", text: t("answer") }),
        C.el("textarea", { id: "answer-text", rows: "5", "aria-describedby": "answer-hint" })),
      C.el("p", { id: "answer-hint", class: "hint", text: t("answerHint") }),
      C.el("button", { type: "submit", id: "answer-send", text: t("send") }),
      C.el("p", { id: "answer-status-message", class: "form-status", role: "status", "aria-live": "polite" }));
    form.addEventListener("submit", async (e) => {
      e.preventDefault();
      const path = "/api/contributions/" + $("answer-kind").value + "/" + encodeURIComponent($("answer-id").value.trim());
      const body = { status: $("answer-status").value, answer: $("answer-text").value };
      if (loaded && loaded.path === path) body.version = loaded.version;
      try {
        show(path, await C.api("PUT", path + "/answer", body));
        C.status(t("answered"), false, "answer-status-message");
      } catch (x) {
        C.status(problemText(x), true, "answer-status-message");
      }
    });
    return form;
  }

  function show(path, c) {
    loaded = { path, version: c.version };
    $("answer-contribution").replaceChildren(C.el("p", {},
      C.el("strong", { text: c.title }), " — " + (c.consultationTitle || "") + " (" + t("via") + " : " + c.channel + ")"));
    $("answer-status").value = c.status;
    $("answer-text").value = c.answer || "";
  }

  async function load() {
    const path = "/api/contributions/" + $("answer-kind").value + "/" + encodeURIComponent($("answer-id").value.trim());
    try {
      show(path, await C.api("GET", path));
      C.status("", false, "answer-status-message");
    } catch (x) {
      loaded = null;
      $("answer-contribution").replaceChildren();
      C.status(problemText(x), true, "answer-status-message");
    }
  }

  document.addEventListener("civitas:signed-in", async (event) => {
    const permissions = event.detail.permissions;
    const records = permissions.includes("record-contributions");
    const answers = permissions.includes("answer-contributions");
    if (!records && !answers) return;
    C = window.CivitasConsole;
    P = C.phaseContent;
    t = (key) => TEXT[C.lang][key] || key;
    const section = $("contributions-section");
    section.append(C.el("h2", { id: "contributions-title", text: t("title") }));
    if (records) {
      section.append(recordForm(), C.el("h3", { text: t("channelsTitle") }), channelsTable());
      try {
        consultations = await C.consultations("all");
        $("record-consultation").replaceChildren(...consultations.map((c) => C.el("option", { value: c.id, text: c.title })));
        $("record-consultation").addEventListener("change", fillPhases);
        $("record-phase").addEventListener("change", showPart);
        fillPhases();
      } catch (x) {
        C.status(problemText(x), true, "record-status");
      }
    }
    section.append(answerForm());
    $("answer-load").addEventListener("click", load);
    if (!answers) $("answer-send").disabled = true;
    section.hidden = false;
  });
  // recording.js (loaded after this file) adds the survey and budget parts
  window.CivitasConsole.recording = { register: (method, build) => { parts[method] = build; } };
})();
