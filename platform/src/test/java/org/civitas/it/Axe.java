package org.civitas.it;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/** axe-core's WCAG 2.1 A/AA rules on the page a browser shows; a screenshot is kept under target/screenshots. */
final class Axe {
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Axe() {
    }

    /** Appends what is wrong with the page to {@code violations} (nothing when it passes). */
    public static void analyze(StringBuilder violations, WebDriver browser, String name) {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
        Browser.screenshot(browser, "a11y-" + name);
        if (results.getPasses().size() < 5) { // axe really looked at a page (not an empty or failed load)
            violations.append(name).append(": axe checked only ").append(results.getPasses().size()).append(" rules\n");
        }
        for (Rule rule : results.getViolations()) {
            violations.append(name).append(": ").append(rule.getId()).append(" - ").append(rule.getHelp())
                    .append(" at ").append(rule.getNodes().stream().map(n -> String.valueOf(n.getTarget()))
                            .collect(Collectors.joining(", "))).append('\n');
        }
    }
}
