// Survey editor: the questions of a survey phase, in the phase content editor (phases.js, whose forms, errors and status
// messages it uses), sent whole to PUT .../survey. Question and option ids (q1, o1…) are made here and never changed,
// since answers and conditions refer to them; once the survey has responses, the API refuses the changes that would
// betray them (409) and its message is shown beside the form, which keeps what was typed.
(function () {
  "use strict";
  const TEXT = {
    fr: { survey: "Questions du questionnaire", intro: "Les habitants voient les questions dans cet ordre. Une question peut "
        + "n’apparaître qu’après une réponse à une question précédente.",
      question: "Question", theQuestion: " la question ", reference: "Référence (réponses et conditions s’y rapportent)",
      label: "Intitulé de la question", help: "Aide (facultatif)", type: "Type de question", required: "Réponse obligatoire",
      "type.single-choice": "Choix unique", "type.multiple-choice": "Choix multiple", "type.ranking": "Classement",
      "type.scale": "Échelle", "type.short-text": "Texte court", "type.long-text": "Texte long", "type.number": "Nombre",
      "type.date": "Date",
      options: "Options proposées (deux au moins, « Autre » compris)", option: "Option", ofQuestion: " de la question ",
      addOption: "Ajouter une option", removeOption: "Retirer l’option",
      allowOther: "Proposer « Autre », à préciser en texte libre", maxChoices: "Nombre maximal de réponses (facultatif)",
      scale: "Échelle (nombres entiers, 100 crans au plus)", bounds: "Bornes (facultatives)", scaleMin: "Valeur basse",
      scaleMax: "Valeur haute", numberMin: "Minimum", numberMax: "Maximum",
      minLabel: "Libellé bas (facultatif)", maxLabel: "Libellé haut (facultatif)",
      condition: "Affichage", showIf: "Afficher cette question", always: "toujours", after: "après une réponse à la question ",
      answer: "Réponse attendue", anyAnswer: "n’importe quelle réponse", notEarlier: "(placée après elle : à déplacer)",
      gone: "(retirée)", untitled: "sans intitulé",
      moveUp: "Monter", moveDown: "Descendre", remove: "Retirer", addQuestion: "Ajouter une question",
      movedTo: "Question déplacée en position ", added: "Question ajoutée en position ", removed: "Question retirée.",
      optionAdded: "Option ajoutée.", optionRemoved: "Option retirée.", save: "Enregistrer le questionnaire" },
    en: { survey: "Survey questions", intro: "Citizens see the questions in this order. A question may be shown only after "
        + "an answer to an earlier question.",
      question: "Question", theQuestion: " question ", reference: "Reference (answers and conditions refer to it)",
      label: "Question wording", help: "Help (optional)", type: "Type of question", required: "Answer required",
      "type.single-choice": "Single choice", "type.multiple-choice": "Multiple choice", "type.ranking": "Ranking",
      "type.scale": "Scale", "type.short-text": "Short text", "type.long-text": "Long text", "type.number": "Number",
      "type.date": "Date",
      options: "Options offered (at least two, \"Other\" included)", option: "Option", ofQuestion: " of question ",
      addOption: "Add an option", removeOption: "Remove option",
      allowOther: "Offer \"Other\", to be written in free text", maxChoices: "Most answers one may choose (optional)",
      scale: "Scale (whole numbers, at most 100 steps)", bounds: "Bounds (optional)", scaleMin: "Lowest value",
      scaleMax: "Highest value", numberMin: "Minimum", numberMax: "Maximum",
      minLabel: "Lowest value's label (optional)", maxLabel: "Highest value's label (optional)",
      condition: "Display", showIf: "Show this question", always: "always", after: "after an answer to question ",
      answer: "Answer expected", anyAnswer: "any answer", notEarlier: "(placed after it: move it)",
      gone: "(removed)", untitled: "no wording",
      moveUp: "Move up", moveDown: "Move down", remove: "Remove", addQuestion: "Add a question",
      movedTo: "Question moved to position ", added: "Question added at position ", removed: "Question removed.",
      optionAdded: "Option added.", optionRemoved: "Option removed.", save: "Save the survey" }
  };
  const TYPES = ["single-choice", "multiple-choice", "ranking", "scale", "short-text", "long-text", "number", "date"];
  const CHOICE = ["single-choice", "multiple-choice", "ranking"];
  const CONDITIONAL = ["single-choice", "multiple-choice"]; // a condition on an answer names an option of these
  let C; // the console's helpers
  let P; // the phase content editor's helpers (forms, field errors, status)
  let t = (key) => key;
  let cards = 0; // ever-growing, so control ids stay unique when questions are removed and added

  /** Makes the next free id of the form prefix + number (q1, q2…; o1, o2…), after every id already used. */
  function ids(prefix, used) {
    const pattern = new RegExp("^" + prefix + "(\\d+)$");
    let next = 1 + Math.max(0, ...used.map((id) => Number((pattern.exec(id) || [0, 0])[1])));
    return () => prefix + next++;
  }

  function short(text) {
    const s = (text || "").trim();
    return s.length > 60 ? s.slice(0, 59) + "…" : s;
  }

  function option(value, text) {
    return C.el("option", { value, text });
  }

  function checkbox(id, label, checked) {
    const box = C.el("input", { type: "checkbox", id });
    box.checked = !!checked;
    return C.el("p", { class: "check" }, box, " ", C.el("label", { for: id, text: label }));
  }

  /** One of a question's controls, found in its card (built before the form is in the page). */
  function part(card, suffix) {
    return card.querySelector("#" + card.dataset.at + suffix);
  }

  const typeOf = (card) => part(card, "-type").value;
  const optionRows = (card) => [...part(card, "-options").children];

  async function surveyForm(path) {
    const current = await P.read(path + "/survey");
    const list = C.el("div", { id: "sv-questions", class: "question-list" });
    const all = () => [...list.children];
    const nextQuestionId = ids("q", current ? current.questions.map((q) => q.id) : []);
    const addQuestion = C.el("button", { type: "button", id: "sv-add-question", class: "secondary", text: t("addQuestion") });
    const f = P.form("sv-survey", t("survey"), controlFor, (name) => {
      const m = /^questions\[(\d+)\]/.exec(name);
      return m ? t("question") + " " + (Number(m[1]) + 1) + P.sep() : "";
    });
    const say = (message) => C.status(message, false, f.status.id);

    /** problem field name (questions[1].options[0].label…) -> the id of the control it is about */
    function controlFor(name) {
      const m = /^questions\[(\d+)\]\.?(\w*)(?:\[(\d+)\])?\.?(\w*)/.exec(name);
      const card = m && all()[Number(m[1])];
      if (!card) return "sv-add-question";
      const at = card.dataset.at;
      if (m[2] === "options") {
        const row = optionRows(card)[m[3] === undefined ? 0 : Number(m[3])];
        return row ? row.querySelector("input").id : at + "-add-option";
      }
      if (m[2] === "showIf") return at + (m[4] === "answer" ? "-if-answer" : "-if");
      return at + ({ type: "-type", help: "-help", allowOther: "-other", maxChoices: "-max-choices", min: "-min", max: "-max",
        minLabel: "-min-label", maxLabel: "-max-label" }[m[2]] || "-label");
    }

    function changed() {
      renumber();
      refreshConditions();
    }

    function optionRow(card, o) {
      const at = card.dataset.at + "-o" + card.optionRows++;
      const row = C.el("div", { class: "option-row" });
      row.dataset.id = o ? o.id : card.nextOptionId();
      row.append(C.field(at + "-label", t("option"), C.el("input", { maxlength: "200", value: o ? o.label : "" })),
        C.el("button", { type: "button", class: "secondary", text: t("removeOption"), onclick: () => {
          const next = row.nextElementSibling;
          row.remove();
          changed();
          (next ? next.querySelector("input") : part(card, "-add-option")).focus();
          say(t("optionRemoved"));
        } }));
      return row;
    }

    /** What the question's type uses is shown; the rest stays in the form (hidden) in case the type is changed back. */
    function showFor(card) {
      const type = typeOf(card);
      const scale = type === "scale";
      part(card, "-choices").hidden = !CHOICE.includes(type);
      part(card, "-other").parentNode.hidden = type === "ranking";
      part(card, "-max-choices").parentNode.hidden = type !== "multiple-choice";
      part(card, "-bounds").hidden = !(scale || type === "number");
      part(card, "-bounds").querySelector("legend").textContent = scale ? t("scale") : t("bounds");
      part(card, "-min").previousSibling.textContent = scale ? t("scaleMin") : t("numberMin");
      part(card, "-max").previousSibling.textContent = scale ? t("scaleMax") : t("numberMax");
      part(card, "-min-label").parentNode.hidden = !scale;
      part(card, "-max-label").parentNode.hidden = !scale;
      if (CHOICE.includes(type) && optionRows(card).length === 0) {
        part(card, "-options").append(optionRow(card, null), optionRow(card, null));
      }
      if (scale && !part(card, "-min").value.trim() && !part(card, "-max").value.trim()) {
        part(card, "-min").value = "1";
        part(card, "-max").value = "5";
      }
    }

    function questionCard(q) {
      const at = "sv-q" + cards++;
      const card = C.el("fieldset", { class: "question-card", id: at }, C.el("legend", { text: t("question") }));
      card.dataset.at = at;
      card.dataset.id = q ? q.id : nextQuestionId();
      card.optionRows = 0;
      card.nextOptionId = ids("o", q && q.options ? q.options.map((o) => o.id) : []);
      card.condition = { question: q && q.showIf ? q.showIf.question : "", answer: (q && q.showIf && q.showIf.answer) || "" };
      const value = (v) => (v === null || v === undefined ? "" : String(v));
      const number = (v, mode) => C.el("input", { type: "text", inputmode: mode || "decimal", value: value(v) });
      const type = C.el("select", {});
      TYPES.forEach((name) => type.append(option(name, t("type." + name))));
      type.value = q ? q.type : "single-choice";
      type.addEventListener("change", () => { showFor(card); changed(); });
      const help = C.el("textarea", { rows: "2", maxlength: "2000" });
      help.value = q && q.help ? q.help : "";
      const options = C.el("div", { id: at + "-options", class: "option-list" });
      const choices = C.el("fieldset", { id: at + "-choices" }, C.el("legend", { text: t("options") }), options,
        C.el("button", { type: "button", id: at + "-add-option", class: "secondary", text: t("addOption"), onclick: () => {
          options.append(optionRow(card, null));
          changed();
          options.lastChild.querySelector("input").focus();
          say(t("optionAdded"));
        } }),
        checkbox(at + "-other", t("allowOther"), q && q.allowOther),
        C.field(at + "-max-choices", t("maxChoices"), number(q && q.maxChoices, "numeric")));
      const bounds = C.el("fieldset", { id: at + "-bounds", class: "pair" }, C.el("legend", { text: t("bounds") }),
        C.field(at + "-min", t("numberMin"), number(q && q.min)), C.field(at + "-max", t("numberMax"), number(q && q.max)),
        C.field(at + "-min-label", t("minLabel"), C.el("input", { maxlength: "200", value: value(q && q.minLabel) })),
        C.field(at + "-max-label", t("maxLabel"), C.el("input", { maxlength: "200", value: value(q && q.maxLabel) })));
      const ifQuestion = C.el("select", {});
      const ifAnswer = C.el("select", {});
      ifQuestion.addEventListener("change", () => {
        card.condition = { question: ifQuestion.value, answer: "" };
        fillCondition(card, all().indexOf(card));
      });
      ifAnswer.addEventListener("change", () => { card.condition.answer = ifAnswer.value; });
      const move = (step) => () => {
        const index = all().indexOf(card) + step;
        list.insertBefore(card, step < 0 ? all()[index] : all()[index].nextSibling);
        changed();
        const pressed = part(card, step < 0 ? "-up" : "-down"); // at the top or bottom it is disabled: focus the other
        (pressed.disabled ? part(card, step < 0 ? "-down" : "-up") : pressed).focus();
        say(t("movedTo") + (index + 1) + ".");
      };
      card.append(C.el("p", { class: "hint" }, t("reference") + P.sep(), C.el("code", { text: card.dataset.id })),
        C.field(at + "-label", t("label"), C.el("input", { maxlength: "500", value: q ? q.label : "" })),
        C.field(at + "-help", t("help"), help),
        C.el("div", { class: "pair bottom" }, C.field(at + "-type", t("type"), type),
          checkbox(at + "-required", t("required"), q && q.required)),
        choices, bounds,
        C.el("fieldset", { id: at + "-condition", class: "condition" }, C.el("legend", { text: t("condition") }),
          C.field(at + "-if", t("showIf"), ifQuestion), C.field(at + "-if-answer", t("answer"), ifAnswer)),
        P.actions(C.el("button", { type: "button", id: at + "-up", class: "secondary", text: t("moveUp"), onclick: move(-1) }),
          C.el("button", { type: "button", id: at + "-down", class: "secondary", text: t("moveDown"), onclick: move(1) }),
          C.el("button", { type: "button", id: at + "-remove", class: "secondary", text: t("remove"), onclick: () => {
            const next = card.nextElementSibling || card.previousElementSibling;
            card.remove();
            changed();
            (next ? part(next, "-label") : addQuestion).focus();
            say(t("removed"));
          } })));
      (q && q.options ? q.options : []).forEach((o) => options.append(optionRow(card, o)));
      return card;
    }

    /** Legends, button names and the first/last moves follow the order of the questions and options. */
    function renumber() {
      all().forEach((card, i) => {
        const n = i + 1;
        card.querySelector("legend").textContent = t("question") + " " + n;
        part(card, "-up").setAttribute("aria-label", t("moveUp") + t("theQuestion") + n);
        part(card, "-down").setAttribute("aria-label", t("moveDown") + t("theQuestion") + n);
        part(card, "-remove").setAttribute("aria-label", t("remove") + t("theQuestion") + n);
        part(card, "-up").disabled = i === 0;
        part(card, "-down").disabled = i === all().length - 1;
        optionRows(card).forEach((row, j) => {
          row.querySelector("label").textContent = t("option") + " " + (j + 1);
          row.querySelector("button").setAttribute("aria-label", t("removeOption") + " " + (j + 1) + t("ofQuestion") + n);
        });
      });
    }

    /**
     * The condition's lists offer the earlier questions and, for a single or multiple choice, its options. A condition
     * whose question or option moved or went is kept and marked, so nothing changes unseen; the API says what is wrong.
     */
    function fillCondition(card, i) {
      const cardsNow = all();
      const wanted = card.condition;
      const named = (other) => (cardsNow.indexOf(other) + 1) + P.sep() + (short(part(other, "-label").value) || t("untitled"));
      const questions = [option("", t("always"))];
      cardsNow.slice(0, i).forEach((other) => questions.push(option(other.dataset.id, t("after") + named(other))));
      const target = cardsNow.find((other) => other.dataset.id === wanted.question);
      if (wanted.question && !cardsNow.slice(0, i).includes(target)) {
        questions.push(option(wanted.question, target && target !== card
          ? t("after") + named(target) + " " + t("notEarlier") : wanted.question + " " + t("gone")));
      }
      part(card, "-if").replaceChildren(...questions);
      part(card, "-if").value = wanted.question;
      const answers = [option("", t("anyAnswer"))];
      if (target && CONDITIONAL.includes(typeOf(target))) {
        optionRows(target).forEach((row, j) => answers.push(option(row.dataset.id,
          short(row.querySelector("input").value) || t("option") + " " + (j + 1))));
      }
      if (wanted.answer && !answers.some((o) => o.value === wanted.answer)) {
        answers.push(option(wanted.answer, wanted.answer + " " + t("gone")));
      }
      part(card, "-if-answer").replaceChildren(...answers);
      part(card, "-if-answer").value = wanted.answer;
      part(card, "-if-answer").parentNode.hidden = !wanted.question;
      part(card, "-condition").hidden = i === 0 && !wanted.question; // the first question has nothing to follow
    }

    function refreshConditions() {
      all().forEach(fillCondition);
    }

    /** The question as the API takes it: only the fields its type uses (the API refuses the others). */
    function questionOf(card, i, problems) {
      const field = "questions[" + i + "].";
      const type = typeOf(card);
      const text = (suffix) => part(card, suffix).value;
      const optional = (suffix) => (text(suffix).trim() ? text(suffix) : null);
      const q = { id: card.dataset.id, type, label: text("-label"), help: optional("-help"),
        required: part(card, "-required").checked, options: null, allowOther: false, maxChoices: null, min: null, max: null,
        minLabel: null, maxLabel: null, showIf: null };
      if (CHOICE.includes(type)) {
        q.options = optionRows(card).map((row) => ({ id: row.dataset.id, label: row.querySelector("input").value }));
        q.allowOther = type !== "ranking" && part(card, "-other").checked;
      }
      if (type === "multiple-choice") {
        q.maxChoices = P.typedNumber(part(card, "-max-choices"), field + "maxChoices", true, problems);
      }
      if (type === "scale" || type === "number") {
        q.min = P.typedNumber(part(card, "-min"), field + "min", false, problems);
        q.max = P.typedNumber(part(card, "-max"), field + "max", false, problems);
      }
      if (type === "scale") {
        q.minLabel = optional("-min-label");
        q.maxLabel = optional("-max-label");
      }
      if (card.condition.question) q.showIf = { question: card.condition.question, answer: card.condition.answer || null };
      return q;
    }

    addQuestion.addEventListener("click", () => {
      const card = questionCard(null);
      list.append(card);
      showFor(card);
      changed();
      part(card, "-label").focus();
      say(t("added") + all().length + ".");
    });
    // wording and options typed in one question show at once in the others' condition lists
    list.addEventListener("input", (e) => { if (!e.target.closest(".condition")) refreshConditions(); });

    cards = 0;
    (current ? current.questions : [null]).forEach((q) => list.append(questionCard(q)));
    all().forEach(showFor);
    changed();
    f.append(C.el("p", { class: "hint", text: t("intro") }), list, C.el("p", {}, addQuestion),
      P.actions(C.el("button", { type: "submit", id: "sv-save", text: t("save") })), f.status);
    P.submitting(f, async () => {
      const problems = [];
      const questions = all().map((card, i) => questionOf(card, i, problems));
      P.refuseIfAny(problems);
      await C.api("PUT", path + "/survey", { questions });
    });
    return f;
  }

  P = window.CivitasConsole.phaseContent;
  P.register("survey", (phase, path) => {
    C = window.CivitasConsole;
    t = (key) => TEXT[C.lang][key] || key;
    return surveyForm(path);
  });
})();
