// Budget editor: the envelope, ballot rules and projects of a budget phase, in the phase content editor (phases.js,
// whose forms, errors and status messages it uses), sent whole to PUT .../budget. A project keeps the id the API gave
// it, so a second save keeps it (and its ballots); once ballots exist the API refuses all but wording (409, shown).
(function () {
  "use strict";
  const TEXT = {
    fr: { budget: "Budget participatif", total: "Enveloppe totale (euros entiers)",
      totalHint: "Par exemple 250 000. Chaque projet coûte au plus l’enveloppe.",
      rules: "Règles du bulletin", minProjects: "Nombre minimal de projets par bulletin",
      maxProjects: "Nombre maximal de projets par bulletin (vide : pas de limite)",
      minSpend: "Part de l’enveloppe qu’un bulletin doit utiliser au moins (%, 0 à 100)",
      projects: "Projets proposés (1 à 200)", project: "Projet", projectTitle: "Titre du projet",
      cost: "Coût (euros entiers)", district: "Quartier (facultatif)", description: "Description (facultative)",
      addProject: "Ajouter un projet", removeProject: "Retirer le projet", save: "Enregistrer le budget",
      projectAdded: "Projet ajouté en position ", projectRemoved: "Projet retiré." },
    en: { budget: "Participatory budget", total: "Total envelope (whole euros)",
      totalHint: "Such as 250,000. Each project costs at most the envelope.",
      rules: "Ballot rules", minProjects: "Fewest projects on a ballot",
      maxProjects: "Most projects on a ballot (empty: no limit)",
      minSpend: "Share of the envelope a ballot must use at least (%, 0 to 100)",
      projects: "Projects offered (1 to 200)", project: "Project", projectTitle: "Project title",
      cost: "Cost (whole euros)", district: "District (optional)", description: "Description (optional)",
      addProject: "Add a project", removeProject: "Remove project", save: "Save the budget",
      projectAdded: "Project added at position ", projectRemoved: "Project removed." }
  };
  let C; // the console's helpers
  let P; // the phase content editor's helpers (forms, field errors, status)
  let t = (key) => key;
  let projectRows = 0; // ever-growing, so control ids stay unique when projects are removed and added

  const value = (v) => (v === null || v === undefined ? "" : String(v));

  function whole(v) {
    return C.el("input", { type: "text", inputmode: "numeric", value: value(v) });
  }

  async function budgetForm(path) {
    const current = await P.read(path + "/budget");
    const list = C.el("div", { id: "bd-projects" });
    const rows = () => [...list.children];
    const addProject = C.el("button", { type: "button", id: "bd-add-project", class: "secondary", text: t("addProject") });
    const f = P.form("bd-budget", t("budget"), (name) => {
      const m = /^projects\[(\d+)\]\.?(\w*)/.exec(name);
      if (m) {
        const row = rows()[Number(m[1])];
        return row ? row.dataset.at + "-" + (["cost", "district", "description"].includes(m[2]) ? m[2] : "title") : "bd-add-project";
      }
      return { total: "bd-total", minProjects: "bd-min-projects", maxProjects: "bd-max-projects",
        minSpendPercent: "bd-min-spend", projects: "bd-add-project" }[name] || "bd-total";
    }, (name) => {
      const m = /^projects\[(\d+)\]/.exec(name);
      return m ? t("project") + " " + (Number(m[1]) + 1) + P.sep() : "";
    });
    const say = (message) => C.status(message, false, f.status.id);

    function projectRow(p) {
      const at = "bd-project-" + projectRows++;
      const row = C.el("fieldset", { class: "project-row" }, C.el("legend", { text: t("project") }));
      row.dataset.at = at;
      row.dataset.id = p && p.id ? p.id : "";
      const description = C.el("textarea", { rows: "3", maxlength: "5000" });
      description.value = p && p.description ? p.description : "";
      const wide = C.field(at + "-description", t("description"), description);
      wide.classList.add("wide");
      row.append(C.field(at + "-title", t("projectTitle"), C.el("input", { maxlength: "200", value: p ? p.title : "" })),
        C.field(at + "-cost", t("cost"), whole(p && p.cost)),
        C.field(at + "-district", t("district"), C.el("input", { maxlength: "120", value: value(p && p.district) })),
        wide,
        C.el("p", {}, C.el("button", { type: "button", class: "secondary", text: t("removeProject"), onclick: () => {
          const next = row.nextElementSibling;
          row.remove();
          renumber();
          (next ? next.querySelector("input") : addProject).focus();
          say(t("projectRemoved"));
        } })));
      return row;
    }

    function renumber() {
      rows().forEach((row, i) => {
        row.querySelector("legend").textContent = t("project") + " " + (i + 1);
        row.querySelector("button").setAttribute("aria-label", t("removeProject") + " " + (i + 1));
      });
    }

    addProject.addEventListener("click", () => {
      list.append(projectRow(null));
      renumber();
      list.lastChild.querySelector("input").focus();
      say(t("projectAdded") + rows().length + ".");
    });
    projectRows = 0;
    list.append(...(current ? current.projects : [null]).map(projectRow));
    renumber();
    const rules = C.el("fieldset", {}, C.el("legend", { text: t("rules") }),
      C.field("bd-min-projects", t("minProjects"), whole(current ? current.minProjects : 1)),
      C.field("bd-max-projects", t("maxProjects"), whole(current && current.maxProjects)),
      C.field("bd-min-spend", t("minSpend"), whole(current ? current.minSpendPercent : 0)));
    f.append(C.field("bd-total", t("total"), whole(current && current.total), t("totalHint")), rules,
      C.el("fieldset", {}, C.el("legend", { text: t("projects") }), list, addProject),
      P.actions(C.el("button", { type: "submit", id: "bd-save", text: t("save") })), f.status);
    P.submitting(f, async () => {
      const problems = [];
      const read = (id, field) => P.typedNumber(f.querySelector("#" + id), field, true, problems);
      const body = { total: read("bd-total", "total"), minProjects: read("bd-min-projects", "minProjects"),
        maxProjects: read("bd-max-projects", "maxProjects"), minSpendPercent: read("bd-min-spend", "minSpendPercent"),
        projects: rows().map((row, i) => {
          const text = (suffix) => row.querySelector("#" + row.dataset.at + suffix).value;
          return { id: row.dataset.id ? Number(row.dataset.id) : null, title: text("-title"), description: text("-description"),
            cost: P.typedNumber(row.querySelector("#" + row.dataset.at + "-cost"), "projects[" + i + "].cost", true, problems),
            district: text("-district").trim() ? text("-district") : null };
        }) };
      P.refuseIfAny(problems);
      const saved = await C.api("PUT", path + "/budget", body);
      rows().forEach((row, i) => { row.dataset.id = saved.projects[i].id; }); // new projects now have their ids
    });
    return f;
  }

  P = window.CivitasConsole.phaseContent;
  P.register("budget", (phase, path) => {
    C = window.CivitasConsole;
    t = (key) => TEXT[C.lang][key] || key;
    return budgetForm(path);
  });
})();
