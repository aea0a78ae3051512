// The survey and budget parts of the console's record form (contributions.js): an agent types in a survey response or a
// ballot received on paper, by phone or at the counter. The survey's questions become form controls of every type the
// API has, the budget's projects checkboxes with their costs; what is typed is sent as the API's "answers" or
// "projectIds". A refusal names answers.<question id> or projectIds, which fieldFor turns into the control to show it
// beside (with the phase content editor's helpers, phases.js).
(function () {
  "use strict";
  const TEXT = {
    fr: { requiredNote: "Les questions marquées (obligatoire) demandent une réponse ; les autres sont facultatives.",
      required: "obligatoire", question: "Question", noAnswer: "Sans réponse", other: "Autre réponse (précisez)",
      atMost: "Au plus {0} réponses.", rankHow: "Donnez à chaque option un rang différent, de 1 (premier choix) à {0}.",
      rankNone: "Rang…", rankEach: "Donnez à chaque option un rang différent, de 1 à {0}, ou n’en donnez aucun.",
      ifAnswer: "À remplir seulement si la réponse à « {0} » est « {1} ».", ifAny: "À remplir seulement si « {0} » a une réponse.",
      from: "De {0} à {1}.", atLeast: "{0} ou plus.", atMostNumber: "{0} ou moins.",
      total: "Enveloppe : {total}.", between: "Un bulletin compte de {min} à {max} projets dont le coût total tient dans l’enveloppe.",
      atLeastProjects: "Un bulletin compte au moins {min} projet(s) dont le coût total tient dans l’enveloppe.",
      minSpend: "Il doit en utiliser au moins {percent}\u00a0% ({minSpend}).", projects: "Projets cochés sur le bulletin (coût après chaque titre)",
      district: "Quartier : {0}", selection: "Sélection : {count} projet(s), {cost} ; reste : {remaining}.",
      over: "Sélection : {count} projet(s), {cost}, soit {over} de plus que l’enveloppe." },
    en: { requiredNote: "Questions marked (required) must be answered; the others are optional.",
      required: "required", question: "Question", noAnswer: "No answer", other: "Other answer (say which)",
      atMost: "At most {0} answers.", rankHow: "Give each option a different rank, from 1 (first choice) to {0}.",
      rankNone: "Rank…", rankEach: "Give each option a different rank, from 1 to {0}, or none at all.",
      ifAnswer: "Answer only if the answer to “{0}” is “{1}”.", ifAny: "Answer only if “{0}” was answered.",
      from: "From {0} to {1}.", atLeast: "{0} or more.", atMostNumber: "{0} or less.",
      total: "Envelope: {total}.", between: "A ballot holds {min} to {max} projects whose total cost fits in the envelope.",
      atLeastProjects: "A ballot holds at least {min} project(s) whose total cost fits in the envelope.",
      minSpend: "It must use at least {percent}% of it ({minSpend}).", projects: "Projects ticked on the ballot (cost after each title)",
      district: "District: {0}", selection: "Selection: {count} project(s), {cost}; remaining: {remaining}.",
      over: "Selection: {count} project(s), {cost}, {over} over the envelope." }
  };
  const MAX_SCALE_BUTTONS = 11; // as on the portal: a longer scale is a number field
  let C; // the console's helpers
  let P; // the phase content editor's helpers (fields, typed numbers)
  let t = (key) => key;

  /** A text with {name} placeholders filled in. */
  function say(key, values) {
    return Object.entries(values).reduce((s, [k, v]) => s.split("{" + k + "}").join(String(v)), t(key));
  }

  function choice(type, id, name, value, label, checked) {
    const input = C.el("input", { type, id, name, value });
    if (checked) input.setAttribute("checked", ""); // the default a cleared form goes back to
    return C.el("div", { class: "choice" }, input, " ", C.el("label", { for: id, text: label }));
  }

  function hintsOf(q, at, all, steps) {
    const hints = [];
    const hint = (suffix, text) => hints.push(C.el("p", { class: "hint", id: at + suffix, text }));
    if (q.help) hint("-help", q.help);
    if (q.showIf) {
      const n = all.findIndex((e) => e.id === q.showIf.question);
      const earlier = all[n];
      const asked = (n + 1) + ". " + (earlier ? earlier.label : q.showIf.question);
      const option = earlier && q.showIf.answer ? (earlier.options || []).find((o) => o.id === q.showIf.answer) : null;
      hint("-if", q.showIf.answer ? say("ifAnswer", { 0: asked, 1: option ? option.label : q.showIf.answer }) : say("ifAny", { 0: asked }));
    }
    if (q.type === "scale" && (q.minLabel || q.maxLabel)) {
      hint("-ends", q.min + " = " + (q.minLabel || q.min) + " · " + q.max + " = " + (q.maxLabel || q.max));
    }
    if ((q.type === "scale" && !steps) || q.type === "number") { // scale buttons show their bounds
      const has = (v) => v !== null && v !== undefined;
      if (has(q.min) && has(q.max)) hint("-bounds", say("from", { 0: q.min, 1: q.max }));
      else if (has(q.min)) hint("-bounds", say("atLeast", { 0: q.min }));
      else if (has(q.max)) hint("-bounds", say("atMostNumber", { 0: q.max }));
    }
    if (q.type === "multiple-choice" && q.maxChoices) hint("-max", say("atMost", { 0: q.maxChoices }));
    if (q.type === "ranking") hint("-rank", say("rankHow", { 0: q.options.length }));
    return hints;
  }

  /**
   * One question: { node, control (the id its errors go beside), read(problems) (its answer in the API's shape, or null
   * when left blank) }. Options, ranks and scale steps are grouped in a fieldset (focusable, to be sent to on a refusal);
   * any other question is one labelled control. Conditional questions stay shown, with when to answer them.
   */
  function question(q, i, all) {
    const at = "rs-" + i;
    const title = (i + 1) + ". " + q.label + (q.required ? " (" + t("required") + ")" : "");
    const steps = q.type === "scale" && q.max - q.min + 1 <= MAX_SCALE_BUTTONS;
    const hints = hintsOf(q, at, all, steps);
    const described = hints.map((h) => h.id).join(" ");
    const field = "answers." + q.id;
    const group = (...controls) => {
      const set = C.el("fieldset", { id: at, class: "question", tabindex: "-1" }, C.el("legend", { text: title }), ...hints, ...controls);
      if (described) set.setAttribute("aria-describedby", described);
      return set;
    };
    const checked = (node) => [...node.querySelectorAll("input[name='" + at + "']:checked")].map((b) => b.value).filter((v) => v);

    if (q.type === "single-choice" || q.type === "multiple-choice") {
      const single = q.type === "single-choice";
      const boxes = q.options.map((o, k) => choice(single ? "radio" : "checkbox", at + "-" + k, at, o.id, o.label));
      if (single && !q.required) boxes.unshift(choice("radio", at + "-none", at, "", t("noAnswer"), true));
      const other = q.allowOther ? C.el("input", { type: "text", maxlength: "500" }) : null;
      const node = group(...boxes, ...(other ? [C.field(at + "-other", t("other"), other)] : []));
      return { node, control: at, read: () => {
        const choices = checked(node);
        const written = other ? other.value.trim() : "";
        return choices.length || written ? Object.assign({ choices }, written ? { other: written } : {}) : null;
      } };
    }
    if (q.type === "ranking") {
      const ranks = q.options.map((o, k) => {
        const s = C.el("select", { id: at + "-" + k }, C.el("option", { value: "", text: t("rankNone") }));
        q.options.forEach((_, r) => s.append(C.el("option", { value: String(r + 1), text: String(r + 1) })));
        return s;
      });
      const node = group(...q.options.map((o, k) => C.el("div", { class: "rank" },
        C.el("label", { for: at + "-" + k, text: o.label }), ranks[k])));
      return { node, control: at, read: (problems) => {
        const given = ranks.map((s) => s.value);
        if (given.every((r) => r === "")) return null;
        if (given.includes("") || new Set(given).size !== given.length) {
          problems.push({ field, message: say("rankEach", { 0: given.length }) });
          return null;
        }
        const order = q.options.map((o, k) => ({ id: o.id, rank: Number(given[k]) })).sort((a, b) => a.rank - b.rank);
        return { choices: order.map((o) => o.id) };
      } };
    }
    if (steps) {
      const values = Array.from({ length: q.max - q.min + 1 }, (_, k) => q.min + k);
      const buttons = values.map((v) => choice("radio", at + "-" + v, at, String(v), String(v)));
      if (!q.required) buttons.unshift(choice("radio", at + "-none", at, "", t("noAnswer"), true));
      const node = group(C.el("div", { class: "scale" }, ...buttons));
      return { node, control: at, read: () => {
        const v = checked(node);
        return v.length ? { number: Number(v[0]) } : null;
      } };
    }
    let control;
    if (q.type === "long-text") control = C.el("textarea", { rows: "4", maxlength: "5000" });
    else if (q.type === "date") control = C.el("input", { type: "date" });
    else if (q.type === "short-text") control = C.el("input", { type: "text", maxlength: "200" });
    else control = C.el("input", { type: "text", inputmode: q.type === "scale" ? "numeric" : "decimal" }); // number, long scale
    control.id = at;
    if (described) control.setAttribute("aria-describedby", described);
    const node = C.el("div", { class: "question field" }, C.el("label", { for: at, text: title }), ...hints, control);
    return { node, control: at, read: (problems) => {
      if ((q.type === "scale" && !steps) || q.type === "number") { // scale buttons show their bounds
        const n = P.typedNumber(control, field, q.type === "scale", problems);
        return n === null ? null : { number: n };
      }
      const v = control.value.trim();
      return v === "" ? null : (q.type === "date" ? { date: v } : { text: v });
    } };
  }

  async function surveyPart(path) {
    const survey = await C.api("GET", path + "/survey");
    const built = survey.questions.map((q, i) => question(q, i, survey.questions));
    const index = (name) => survey.questions.findIndex((q) => "answers." + q.id === name);
    return { path: "/survey/responses/recorded",
      node: C.el("div", { class: "recording" }, C.el("p", { class: "hint", text: t("requiredNote") }), ...built.map((b) => b.node)),
      body: (problems) => {
        const answers = {};
        survey.questions.forEach((q, i) => { const a = built[i].read(problems); if (a) answers[q.id] = a; });
        return { answers };
      },
      fieldFor: (name) => (index(name) >= 0 ? built[index(name)].control : null),
      whereIs: (name) => (index(name) >= 0 ? t("question") + " " + (index(name) + 1) + P.sep() : "") };
  }

  async function budgetPart(path) {
    const b = await C.api("GET", path + "/budget");
    const euros = new Intl.NumberFormat(C.lang === "fr" ? "fr-FR" : "en-GB", { style: "currency", currency: "EUR",
      maximumFractionDigits: 0 });
    const money = (v) => euros.format(v);
    let rules = say("total", { total: money(b.total) }) + " " + (b.maxProjects
      ? say("between", { min: b.minProjects, max: b.maxProjects }) : say("atLeastProjects", { min: b.minProjects }));
    if (b.minSpendPercent > 0) rules += " " + say("minSpend", { percent: b.minSpendPercent, minSpend: money(b.minSpend) });
    const rows = b.projects.map((p) => {
      const id = "rb-project-" + p.id;
      const row = choice("checkbox", id, "rb-project", String(p.id), p.title + " – " + money(p.cost));
      const about = [p.district ? say("district", { 0: p.district }) : "", p.description || ""].filter((s) => s).join(" · ");
      if (about) {
        row.append(C.el("p", { class: "hint", id: id + "-about", text: about.length > 160 ? about.slice(0, 159) + "…" : about }));
        row.querySelector("input").setAttribute("aria-describedby", id + "-about");
      }
      return row;
    });
    const projects = C.el("fieldset", { id: "rb-projects", class: "question", tabindex: "-1", "aria-describedby": "rb-rules" },
      C.el("legend", { text: t("projects") }), ...rows);
    const selection = C.el("p", { id: "rb-selection", class: "selection", role: "status" });
    const chosen = () => b.projects.filter((p) => projects.querySelector("#rb-project-" + p.id).checked);
    const update = () => { // said politely at each tick: how much is left of the envelope, or how far over it
      const picked = chosen();
      const cost = picked.reduce((sum, p) => sum + p.cost, 0);
      selection.textContent = cost > b.total
        ? say("over", { count: picked.length, cost: money(cost), over: money(cost - b.total) })
        : say("selection", { count: picked.length, cost: money(cost), remaining: money(b.total - cost) });
    };
    projects.addEventListener("change", update);
    update();
    return { path: "/budget/ballots/recorded",
      node: C.el("div", { class: "recording" }, C.el("p", { id: "rb-rules", class: "hint", text: rules }), projects, selection),
      body: () => ({ projectIds: chosen().map((p) => p.id) }),
      fieldFor: (name) => (/^projectIds/.test(name) ? "rb-projects" : null),
      reset: update };
  }

  const recording = window.CivitasConsole.recording;
  const ready = (build) => (path) => {
    C = window.CivitasConsole;
    P = C.phaseContent;
    t = (key) => TEXT[C.lang][key] || key;
    return build(path);
  };
  recording.register("survey", ready(surveyPart));
  recording.register("budget", ready(budgetPart));
})();
