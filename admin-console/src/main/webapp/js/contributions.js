// Contributions in the console: an agent (permission record-contributions) records an idea received on paper, by phone
// or at the counter; staff (answer-contributions) give a contribution its status and the municipality's answer, which
// is emailed to its author. Uses only the platform's REST API, like the rest of the console.
(function () {
  "use strict";
  const TEXT = {
    fr: { title: "Contributions", recordTitle: "Enregistrer une idée reçue hors ligne", consultation: "Consultation",
      phase: "Étape (appel à idées)", channel: "Reçue", "channel.paper": "par courrier", "channel.phone": "par téléphone",
      "channel.counter": "au guichet", contactName: "Nom de la personne (facultatif)",
      contactEmail: "Courriel pour lui envoyer la réponse (facultatif)", receivedOn: "Reçue le (par défaut : aujourd’hui)",
      receivedOnHint: "Une idée arrivée pendant l’étape peut être saisie jusqu’à 30 jours après sa fin.", ideaTitle: "Titre de l’idée", ideaText: "Texte de l’idée",
      record: "Enregistrer l’idée", recorded: "Idée enregistrée, numéro ", noPhase: "Aucune étape d’appel à idées.",
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
    en: { title: "Contributions", recordTitle: "Record an idea received off line", consultation: "Consultation",
      phase: "Phase (call for ideas)", channel: "Received", "channel.paper": "on paper", "channel.phone": "by phone",
      "channel.counter": "at the counter", contactName: "The person's name (optional)",
      contactEmail: "Email to send them the answer (optional)", receivedOn: "Received on (default: today)",
      receivedOnHint: "An idea that arrived during the phase can be typed in up to 30 days after its end.", ideaTitle: "Title of the idea", ideaText: "Text of the idea",
      record: "Record the idea", recorded: "Idea recorded, number ", noPhase: "No call-for-ideas phase.",
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
  let C;
  let t = (key) => key;
  let consultations = [];
  let loaded = null;

  const $ = (id) => document.getElementById(id);
  const field = (id, label, control) => C.el("p", { class: "field" }, C.el("label", { for: id, text: label }), " ", control);
  const problemText = (x) => x.problem && x.problem.errors
    ? t("errors") + " " + x.problem.errors.map((er) => er.message).join(" ") : x.message;

  function select(id, values, label) {
    const node = C.el("select", { id });
    values.forEach((v) => node.append(C.el("option", { value: v, text: label(v) })));
    return node;
  }

  function recordForm() {
    const form = C.el("form", { id: "record-form", novalidate: "" },
      C.el("h3", { text: t("recordTitle") }),
      field("record-consultation", t("consultation"), C.el("select", { id: "record-consultation" })),
      field("record-phase", t("phase"), C.el("select", { id: "record-phase" })),
      field("record-channel", t("channel"), select("record-channel", ["paper", "phone", "counter"], (c) => t("channel." + c))),
      field("record-contact-name", t("contactName"), C.el("input", { id: "record-contact-name", maxlength: "200", autocomplete: "off" })),
      field("record-contact-email", t("contactEmail"), C.el("input", { id: "record-contact-email", type: "email", autocomplete: "off" })),
      field("record-received-on", t("receivedOn"), C.el("input", { id: "record-received-on", type: "date",
        "aria-describedby": "record-received-on-hint" })),
      C.el("p", { id: "record-received-on-hint", class: "hint", text: t("receivedOnHint") }),
      field("record-title", t("ideaTitle"), C.el("input", { id: "record-title", maxlength: "120" })),
      field("record-text", t("ideaText"), C.el("textarea", { id: "record-text", rows: "5", maxlength: "5000" })),
      C.el("button", { type: "submit", id: "record-idea", text: t("record") }),
      C.el("p", { id: "record-status", class: "form-status", role: "status", "aria-live": "polite" }));
    form.addEventListener("submit", async (e) => {
      e.preventDefault();
      const consultation = $("record-consultation").value;
      const phase = $("record-phase").value;
      if (!phase) { C.status(t("noPhase"), true, "record-status"); return; }
      try {
        const saved = await C.api("POST", "/api/consultations/" + consultation + "/phases/" + phase + "/ideas/recorded", {
          channel: $("record-channel").value, contactName: $("record-contact-name").value,
          contactEmail: $("record-contact-email").value, receivedOn: $("record-received-on").value || null,
          title: $("record-title").value, text: $("record-text").value });
        ["record-contact-name", "record-contact-email", "record-title", "record-text"].forEach((id) => { $(id).value = ""; });
        C.status(t("recorded") + saved.id, false, "record-status");
        showChannels();
        $("answer-kind").value = "idea";
        $("answer-id").value = saved.id;
      } catch (x) {
        C.status(problemText(x), true, "record-status");
      }
    });
    return form;
  }

  function fillPhases() {
    const chosen = consultations.find((c) => String(c.id) === $("record-consultation").value);
    const phases = (chosen ? chosen.phases : []).filter((p) => p.method === "ideas");
    $("record-phase").replaceChildren(...phases.map((p) => C.el("option", { value: p.id, text: p.title })));
    showChannels();
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
      field("answer-status", t("status"), select("answer-status", STATUSES, (s) => t("status." + s))),
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
    t = (key) => TEXT[C.lang][key] || key;
    const section = $("contributions-section");
    section.append(C.el("h2", { id: "contributions-title", text: t("title") }));
    if (records) {
      section.append(recordForm(), C.el("h3", { text: t("channelsTitle") }), channelsTable());
      try {
        consultations = await C.api("GET", "/api/consultations?scope=all");
        $("record-consultation").replaceChildren(...consultations.map((c) => C.el("option", { value: c.id, text: c.title })));
        $("record-consultation").addEventListener("change", fillPhases);
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
})();
