// The tenant back-office: people and roles. Uses only the platform's REST API, with the portal's sign-in
// (session cookie) of the municipality whose host this is, or ?tenant=<slug> on the platform's own host.
(function () {
  "use strict";
  const TEXT = {
    fr: { console: "Console Civitas", skip: "Aller au contenu", account: "Compte", rolesTitle: "Gestion de la commune",
      signInNeeded: "Connectez-vous avec un compte d’administration de la commune.", signIn: "Se connecter",
      signOut: "Se déconnecter", users: "Personnes", search: "Rechercher une personne", searchButton: "Rechercher",
      usersCaption: "Personnes inscrites et leurs rôles", username: "Identifiant", email: "Courriel", roles: "Rôles",
      give: "Donner un rôle", giveButton: "Donner", rolesList: "Rôles et permissions", newRole: "Créer un rôle",
      roleName: "Nom du rôle (minuscules, chiffres, tirets)", roleNameHint: "Par exemple : service-urbanisme",
      roleDescription: "Description", permissions: "Permissions", create: "Créer le rôle", builtIn: "rôle intégré",
      remove: "Retirer le rôle", roleFor: "Rôle à donner à", forbidden: "Votre compte n’a pas le droit de gérer les rôles de cette commune.",
      saved: "Enregistré.", loading: "Chargement…", noTenant: "Ouvrez la console depuis l’adresse de la commune, ou ajoutez ?tenant=<identifiant>.",
      signedInAs: "Connecté·e :", branding: "Identité visuelle", font: "Police", saveBranding: "Enregistrer l’identité visuelle",
      brandingHelp: "Préparez un brouillon, regardez-le sur le portail, puis publiez-le. Une paire de couleurs trop peu contrastée est refusée.",
      colours: "Couleurs", logo: "Logo", logoFile: "Nouveau logo", logoHint: "PNG, JPEG ou WebP, 512 Ko au plus (pas de SVG). Il est ajouté au brouillon.",
      logoRemove: "Revenir au logo du thème", logoCustom: "Logo de la commune", logoTheme: "Logo du thème", logoAlt: "Logo du brouillon",
      headerLinks: "Liens de l’en-tête", footerLinks: "Liens du pied de page", addLink: "Ajouter un lien",
      linksHint: "8 liens au plus ; une adresse complète (https://…) ou une page du portail (/contact).",
      linkLabel: "Texte du lien", linkUrl: "Adresse du lien", removeLink: "Retirer le lien", languages: "Langues proposées sur le portail",
      customCss: "CSS personnalisé", customCssHint: "4 Ko au plus. Sélecteurs d’éléments et de classes ; propriétés d’espacement et de forme (margin, padding, border-radius, box-shadow…). Les couleurs, tailles de texte et l’affichage restent réglés par l’identité visuelle.",
      saveDraft: "Enregistrer le brouillon", openPreview: "Voir l’aperçu sur le portail (nouvel onglet)", publish: "Publier",
      discard: "Abandonner le brouillon", draftSaved: "Brouillon enregistré. Regardez l’aperçu, puis publiez.", published: "Publié : le portail l’affiche.",
      discarded: "Brouillon abandonné : le formulaire montre ce qui est publié.", logoSaved: "Logo ajouté au brouillon.",
      draftChanged: "Un brouillon non publié existe.", draftSame: "Rien à publier : le formulaire montre ce qui est publié.",
      "lang.fr": "Français", "lang.en": "English", "lang.de": "Deutsch", "lang.es": "Español", "lang.it": "Italiano", "lang.nl": "Nederlands",
      previewTitle: "Aperçu", previewText: "Texte du portail et ", previewLink: "un lien",
      "colour.primary": "Couleur principale", "colour.on-primary": "Texte sur la couleur principale", "colour.text": "Texte",
      "colour.background": "Fond", "colour.border": "Bordures", "colour.focus": "Contour du focus clavier", "colour.accent": "Accent" },
    en: { console: "Civitas console", skip: "Skip to content", account: "Account", rolesTitle: "Municipality back office",
      signInNeeded: "Sign in with an administration account of the municipality.", signIn: "Sign in",
      signOut: "Sign out", users: "People", search: "Search for a person", searchButton: "Search",
      usersCaption: "Registered people and their roles", username: "Username", email: "Email", roles: "Roles",
      give: "Give a role", giveButton: "Give", rolesList: "Roles and permissions", newRole: "Create a role",
      roleName: "Role name (lowercase letters, digits, hyphens)", roleNameHint: "For example: planning-department",
      roleDescription: "Description", permissions: "Permissions", create: "Create the role", builtIn: "built-in role",
      remove: "Remove the role", roleFor: "Role to give to", forbidden: "Your account may not manage this municipality's roles.",
      saved: "Saved.", loading: "Loading…", noTenant: "Open the console from the municipality's address, or add ?tenant=<slug>.",
      signedInAs: "Signed in:", branding: "Branding", font: "Font", saveBranding: "Save the branding",
      brandingHelp: "Prepare a draft, look at it on the portal, then publish it. A colour pair with too little contrast is refused.",
      colours: "Colours", logo: "Logo", logoFile: "New logo", logoHint: "PNG, JPEG or WebP, at most 512 KB (no SVG). It goes into the draft.",
      logoRemove: "Back to the theme's logo", logoCustom: "The municipality's logo", logoTheme: "The theme's logo", logoAlt: "Logo of the draft",
      headerLinks: "Header links", footerLinks: "Footer links", addLink: "Add a link",
      linksHint: "At most 8 links; a full address (https://…) or a page of the portal (/contact).",
      linkLabel: "Link text", linkUrl: "Link address", removeLink: "Remove link", languages: "Languages offered on the portal",
      customCss: "Custom CSS", customCssHint: "At most 4 KB. Element and class selectors; spacing and shape properties (margin, padding, border-radius, box-shadow…). Colours, text sizes and display stay with the branding.",
      saveDraft: "Save the draft", openPreview: "Open the preview on the portal (new tab)", publish: "Publish",
      discard: "Discard the draft", draftSaved: "Draft saved. Look at the preview, then publish.", published: "Published: the portal shows it.",
      discarded: "Draft discarded: the form shows what is published.", logoSaved: "Logo added to the draft.",
      draftChanged: "An unpublished draft exists.", draftSame: "Nothing to publish: the form shows what is published.",
      "lang.fr": "Français", "lang.en": "English", "lang.de": "Deutsch", "lang.es": "Español", "lang.it": "Italiano", "lang.nl": "Nederlands",
      previewTitle: "Preview", previewText: "Portal text and ", previewLink: "a link",
      "colour.primary": "Main colour", "colour.on-primary": "Text on the main colour", "colour.text": "Text",
      "colour.background": "Background", "colour.border": "Borders", "colour.focus": "Keyboard focus outline", "colour.accent": "Accent" }
  };
  const lang = (navigator.language || "fr").toLowerCase().startsWith("en") ? "en" : "fr";
  const t = (key) => TEXT[lang][key] || key;
  const params = new URLSearchParams(location.search);
  const slug = params.get("tenant");
  const platformHost = ["localhost", "127.0.0.1", "[::1]"].includes(location.hostname);
  const apiBase = platformHost ? (slug ? "/t/" + encodeURIComponent(slug) : null) : "";
  const $ = (id) => document.getElementById(id);
  let roles = [];

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => {
      if (k === "text") node.textContent = v; else if (k.startsWith("on")) node.addEventListener(k.slice(2), v); else node.setAttribute(k, v);
    });
    children.forEach((c) => node.append(c));
    return node;
  }

  function status(message, isError, where) {
    const region = $(where || "status");
    region.textContent = message || "";
    region.classList.toggle("error", !!isError);
  }

  // body: an object sent as JSON, or a File/Blob sent raw with its own type (uploads)
  async function api(method, path, body) {
    const raw = body instanceof Blob;
    const response = await fetch(apiBase + path, {
      method, credentials: "same-origin",
      headers: Object.assign({ Accept: "application/json" }, body ? { "Content-Type": raw ? (body.type || "application/octet-stream") : "application/json" } : {}),
      body: body ? (raw ? body : JSON.stringify(body)) : undefined
    });
    const data = response.status === 204 ? null : await response.json().catch(() => null);
    if (!response.ok) {
      const error = new Error(data && data.detail ? data.detail : response.status + "");
      error.status = response.status;
      error.problem = data;
      throw error;
    }
    return data;
  }

  function translatePage() {
    document.documentElement.lang = lang;
    document.querySelectorAll("[data-i18n]").forEach((n) => { n.textContent = t(n.dataset.i18n); });
    document.querySelectorAll("[data-i18n-label]").forEach((n) => n.setAttribute("aria-label", t(n.dataset.i18nLabel)));
  }

  function signInLink() {
    return apiBase + "/login?return=" + encodeURIComponent("/admin/" + location.search);
  }

  function showAccount(me) {
    const account = $("account");
    account.replaceChildren();
    if (me) {
      account.append(el("span", { text: t("signedInAs") + " " + (me.name || me.username) + " " }));
      const form = el("form", { method: "post", action: apiBase + "/logout", class: "inline" },
        el("button", { type: "submit", text: t("signOut") }));
      account.append(form);
    }
  }

  function renderUsers(users) {
    const body = $("users").querySelector("tbody");
    body.replaceChildren();
    users.forEach((user) => {
      const chips = el("div");
      [...user.roles].sort().forEach((role) => {
        // citizen comes with every account (the realm's default role): nothing to take away
        const remove = role === "citizen" ? "" : el("button", { type: "button",
          "aria-label": t("remove") + " " + role + " (" + user.username + ")", text: "×", onclick: () => change("DELETE", user, role) });
        chips.append(el("span", { class: "role-chip" }, role, remove));
      });
      const selectId = "give-" + user.id;
      const select = el("select", { id: selectId });
      roles.filter((r) => !user.roles.includes(r.name)).forEach((r) => select.append(el("option", { value: r.name, text: r.name })));
      const give = el("form", { class: "inline", onsubmit: (e) => { e.preventDefault(); if (select.value) change("PUT", user, select.value); } },
        el("label", { for: selectId, class: "visually-hidden", text: t("roleFor") + " " + user.username }),
        select, el("button", { type: "submit", text: t("giveButton") }));
      body.append(el("tr", {}, el("td", { text: user.username }), el("td", { text: user.email || "" }), el("td", {}, chips), el("td", {}, give)));
    });
  }

  function renderRoles() {
    const list = $("roles");
    list.replaceChildren();
    roles.forEach((r) => list.append(el("li", {}, el("strong", { text: r.name }),
      " — " + (r.builtIn ? t("builtIn") : r.description) + (lang === "fr" ? " : " : ": ") + r.permissions.join(", "))));
  }

  async function change(method, user, role) {
    try {
      await api(method, "/api/users/" + encodeURIComponent(user.id) + "/roles/" + encodeURIComponent(role));
      status(t("saved"));
      await loadUsers();
    } catch (e) { status(e.message, true); }
  }

  async function loadUsers() {
    renderUsers(await api("GET", "/api/users?search=" + encodeURIComponent($("search").value)));
  }

  const COLOURS = ["primary", "on-primary", "text", "background", "border", "focus"];

  function preview() {
    const value = (name) => $("colour-" + name + "-text").value;
    $("preview-header").style.background = value("primary");
    $("preview-header").style.color = value("on-primary");
    $("preview").style.background = value("background");
    $("preview").style.borderColor = value("border");
    $("preview-body").style.color = value("text");
    $("preview-link").style.color = value("primary");
  }

  function problemText(x) {
    if (!(x.problem && x.problem.errors)) return x.message;
    return x.problem.errors.map((er) => fieldName(er.field) + er.message).join(" ");
  }

  // "headerLinks[1].url" -> "Header links, 2: "; tokens and CSS messages already say what they are about
  function fieldName(field) {
    const m = /^(headerLinks|footerLinks)(?:\[(\d+)\])?/.exec(field || "");
    return m ? t(m[1]) + (m[2] !== undefined ? " " + (Number(m[2]) + 1) : "") + (lang === "fr" ? " : " : ": ") : "";
  }

  function linkRow(list, link) {
    const box = $(list);
    const row = el("div", { class: "link-row" });
    const n = box.children.length + 1;
    const id = list + "-" + Date.now() + "-" + n;
    const label = el("input", { id: id + "-label", maxlength: "60", value: link ? link.label : "" });
    const url = el("input", { id: id + "-url", type: "text", inputmode: "url", value: link ? link.url : "", placeholder: "https://… /…" });
    row.append(el("p", {}, el("label", { for: id + "-label", text: t("linkLabel") + " " + n }), label),
      el("p", {}, el("label", { for: id + "-url", text: t("linkUrl") + " " + n }), url),
      el("p", {}, el("button", { type: "button", class: "secondary", text: t("removeLink") + " " + n,
        onclick: () => { row.remove(); } })));
    box.append(row);
    return label;
  }

  function links(list) {
    return [...$(list).querySelectorAll(".link-row")].map((row) => {
      const inputs = row.querySelectorAll("input");
      return { label: inputs[0].value, url: inputs[1].value };
    }).filter((l) => l.label.trim() || l.url.trim());
  }

  function showLogo(draft) {
    $("logo-preview").src = draft.logo.url + (draft.logo.url.includes("?") ? "&" : "?") + "preview=branding";
    $("logo-preview").alt = t("logoAlt");
    $("logo-kind").textContent = draft.logo.custom ? t("logoCustom") : t("logoTheme");
    $("logo-remove").hidden = !draft.logo.custom;
  }

  function fillBranding(view) {
    const branding = view.draft;
    const fields = $("colour-fields");
    fields.replaceChildren();
    COLOURS.forEach((name) => {
      const current = branding.tokens[name] || "#000000";
      const picker = el("input", { type: "color", id: "colour-" + name, value: current, "aria-label": t("colour." + name) });
      const text = el("input", { type: "text", id: "colour-" + name + "-text", value: current, pattern: "#[0-9a-fA-F]{6}",
        "aria-describedby": "branding-title" });
      picker.addEventListener("input", () => { text.value = picker.value; preview(); });
      text.addEventListener("input", () => { if (/^#[0-9a-fA-F]{6}$/.test(text.value)) picker.value = text.value; preview(); });
      fields.append(el("p", {}, el("label", { for: "colour-" + name + "-text", text: t("colour." + name) }), picker, " ", text));
    });
    const font = $("font");
    font.replaceChildren();
    Object.keys(branding.fonts).forEach((name) => {
      const option = el("option", { value: name, text: name });
      if (branding.tokens.font === branding.fonts[name]) option.selected = true;
      font.append(option);
    });
    $("preview-header").textContent = t("previewTitle");
    $("preview-body").replaceChildren(t("previewText"), el("span", { id: "preview-link", text: t("previewLink") }), ".");
    preview();
    showLogo(branding);
    ["header-links", "footer-links"].forEach((list) => $(list).replaceChildren());
    branding.headerLinks.forEach((l) => linkRow("header-links", l));
    branding.footerLinks.forEach((l) => linkRow("footer-links", l));
    const languages = $("languages");
    languages.replaceChildren();
    branding.availableLanguages.forEach((code) => languages.append(el("span", {},
      el("input", { type: "checkbox", id: "language-" + code, value: code }), " ",
      el("label", { for: "language-" + code, lang: code, text: t("lang." + code) === "lang." + code ? code : t("lang." + code) }))));
    branding.languages.forEach((code) => { const box = $("language-" + code); if (box) box.checked = true; });
    $("custom-css").value = branding.customCss;
    $("open-preview").href = view.previewUrl;
    $("draft-state").textContent = view.changed ? t("draftChanged") : t("draftSame");
  }

  async function showBranding() {
    fillBranding(await api("GET", "/api/branding/draft"));
    $("branding-section").hidden = false;
  }

  function brandingRequest() {
    const tokens = { font: $("font").value };
    COLOURS.forEach((name) => { tokens[name] = $("colour-" + name + "-text").value; });
    return { tokens, headerLinks: links("header-links"), footerLinks: links("footer-links"),
      languages: [...document.querySelectorAll("#languages input:checked")].map((i) => i.value), customCss: $("custom-css").value };
  }

  // every outcome is said next to the form, where the person is (a polite live region)
  async function brandingAction(action, done) {
    try {
      const view = await action();
      if (view && view.draft) fillBranding(view); else await showBranding();
      status(t(done), false, "branding-status");
    } catch (x) {
      status(problemText(x), true, "branding-status");
    }
  }

  function wireBranding() {
    $("branding-form").addEventListener("submit", (e) => {
      e.preventDefault();
      brandingAction(() => api("PUT", "/api/branding/draft", brandingRequest()), "draftSaved");
    });
    $("publish").addEventListener("click", () => brandingAction(async () => {
      await api("PUT", "/api/branding/draft", brandingRequest());
      await api("POST", "/api/branding/publish");
      return null;
    }, "published"));
    $("discard").addEventListener("click", () => brandingAction(() => api("DELETE", "/api/branding/draft"), "discarded"));
    $("logo-file").addEventListener("change", (e) => {
      const file = e.target.files[0];
      if (file) brandingAction(() => api("PUT", "/api/branding/draft/logo", file), "logoSaved").then(() => { e.target.value = ""; });
    });
    $("logo-remove").addEventListener("click", () => brandingAction(() => api("DELETE", "/api/branding/draft/logo"), "draftSaved"));
    $("add-header-link").addEventListener("click", () => linkRow("header-links").focus());
    $("add-footer-link").addEventListener("click", () => linkRow("footer-links").focus());
  }

  async function start() {
    $("console-loading").remove();
    translatePage();
    if (apiBase === null) { status(t("noTenant"), true); return; }
    $("console-sign-in").href = signInLink();
    status(t("loading"));
    let me;
    try { me = await api("GET", "/api/me"); } catch (e) {
      status(e.status === 401 ? "" : e.message, e.status !== 401);
      $("sign-in-needed").hidden = false;
      return;
    }
    showAccount(me);
    $("tenant-name").textContent = "— " + me.tenant;
    document.dispatchEvent(new CustomEvent("civitas:signed-in", { detail: me })); // other parts of the console start
    if (me.permissions.includes("manage-branding")) {
      await showBranding();
      wireBranding();
    }
    if (!me.permissions.includes("manage-roles")) {
      // the permissions that have their part of the console
      const staff = ["edit-consultations", "manage-branding", "moderate", "record-contributions", "answer-contributions"]
        .some((p) => me.permissions.includes(p));
      status(staff ? "" : t("forbidden"), !staff);
      return;
    }
    roles = await api("GET", "/api/roles");
    const permissionBox = $("permissions");
    ["participate", "moderate", "answer-contributions", "see-analysis", "edit-consultations", "manage-roles", "manage-branding",
      "record-contributions"]
      .forEach((p) => permissionBox.append(el("p", {}, el("input", { type: "checkbox", id: "perm-" + p, value: p, name: "permissions" }), " ",
        el("label", { for: "perm-" + p, text: p }))));
    renderRoles();
    await loadUsers();
    $("users-section").hidden = false;
    $("roles-section").hidden = false;
    status("");
    $("search-form").addEventListener("submit", (e) => { e.preventDefault(); loadUsers().catch((x) => status(x.message, true)); });
    $("role-form").addEventListener("submit", async (e) => {
      e.preventDefault();
      const permissions = [...document.querySelectorAll("#permissions input:checked")].map((i) => i.value);
      try {
        await api("POST", "/api/roles", { name: $("role-name").value, description: $("role-description").value, permissions });
        roles = await api("GET", "/api/roles");
        renderRoles();
        await loadUsers();
        e.target.reset();
        status(t("saved"));
      } catch (x) {
        const details = x.problem && x.problem.errors ? x.problem.errors.map((er) => er.message).join(" ") : x.message;
        status(details, true);
      }
    });
  }

  // shared with the console's other scripts (consultations.js)
  // a labelled control in its paragraph, with an optional hint it is described by
  function field(id, label, control, hint) {
    control.id = id;
    const p = el("p", { class: "field" }, el("label", { for: id, text: label }), control);
    if (hint) {
      control.setAttribute("aria-describedby", id + "-hint");
      p.append(el("span", { class: "hint", id: id + "-hint", text: hint }));
    }
    return p;
  }

  // The consultation list the console's parts start from, asked once per scope ("all": drafts too, for staff who edit
  // them) however many parts need it; forgotten when the consultations editor changes one.
  const consultationLists = {};
  function consultations(scope) {
    const key = scope || "";
    if (!consultationLists[key]) {
      consultationLists[key] = api("GET", "/api/consultations" + (scope ? "?scope=" + scope : ""))
        .catch((e) => { delete consultationLists[key]; throw e; });
    }
    return consultationLists[key];
  }
  function forgetConsultations() {
    Object.keys(consultationLists).forEach((key) => delete consultationLists[key]);
  }

  // a refusal as one line: the API's field messages after the caller's "To correct:", or the error's own message
  function refusal(x, toCorrect) {
    return x.problem && x.problem.errors ? toCorrect + " " + x.problem.errors.map((er) => er.message).join(" ") : x.message;
  }

  window.CivitasConsole = { api, el, status, lang, apiBase, refusal, field, consultations, forgetConsultations };
  document.addEventListener("DOMContentLoaded", () => start().catch((e) => status(e.message, true)));
})();
