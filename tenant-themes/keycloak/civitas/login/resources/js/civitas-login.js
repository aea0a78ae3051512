// What keycloak.v2's template runs inline, moved to a file so the pages need no inline script.
// Values come from data attributes of <body>, written (escaped) by template.ftl.
import { startSessionPolling, checkAuthSession } from "./authChecker.js";

const data = document.body.dataset;
if (data.ssoPollUrl) {
  startSessionPolling(data.ssoPollUrl);
}
if (data.authSessionHash) {
  checkAuthSession(data.authSessionHash);
}

// links marked data-once-link (e.g. "resend the e-mail") can be followed once
document.addEventListener("click", (event) => {
  const link = event.target.closest("a[data-once-link]");
  if (!link) {
    return;
  }
  if (link.getAttribute("aria-disabled") === "true") {
    event.preventDefault();
    return;
  }
  const { disabledClass } = link.dataset;
  if (disabledClass) {
    link.classList.add(...disabledClass.trim().split(/\s+/));
  }
  link.setAttribute("role", "link");
  link.setAttribute("aria-disabled", "true");
});
