/**
 * Participation: how citizens take part in an open phase of a consultation, and what staff configure for it. Owns
 * the participation methods' content: the {@code survey} (questions, responses, results), {@code ideas} (ideas,
 * supports, comments), the {@code map} (settings, categories, pins, counts), the {@code budget} (participatory
 * budgeting: envelope, projects, ballots, results), the {@code debate} (question, arguments for and against,
 * agree/disagree reactions) and {@code information} (a phase's content); the moderation of ideas, comments, map pins
 * and arguments (reports from citizens, the moderators' queue and decisions, pre-moderation); contributions recorded
 * by agents on citizens' behalf; and the results of each phase.
 *
 * <ul>
 * <li>A phase is open when its consultation is published (not a draft, not closed) and today, in the municipality's
 * time zone ({@code TenantClock}, {@code civitas.default-time-zone}), lies within the phase's dates, both included.
 * Taking part needs a sign-in with the permission {@code participate}; outside the dates the answer is 409 with them.</li>
 * <li>Staff (edit-consultations) give a survey only to a phase whose method is {@code survey} (409 otherwise). Once
 * a survey has responses, changes must keep them meaningful: wording, new options and new optional questions only.</li>
 * <li>Questions and answers are jsonb documents in the tenant's schema ({@code survey}, {@code survey_response});
 * the database keeps one response per citizen and survey (unique phase_id, citizen_subject), and a response is saved
 * by one upsert, so concurrent submissions end as one row without errors.</li>
 * <li>Answers to conditional questions that end up hidden are dropped, not refused (a form without script cannot hide
 * them while it is filled in).</li>
 * <li>Ideas: a signed-in citizen proposes one in an open ideas phase (409 for another method or outside the dates):
 * title 3..120, text 10..5000, optional theme among the consultation's, optional location and optional image. Supports are
 * one per citizen and idea by the table's primary key, added with {@code on conflict do nothing}: repeating one (even
 * 200 times at once) answers 200 and leaves one row. Supports, withdrawals and comments need the phase open; reading
 * does not.</li>
 * <li>An idea's image ({@code idea_image}, one per idea): PNG, JPEG or WebP by its content (SVG refused), at most 2 MB like
 * a consultation's, with a description of 3..200 characters as its text alternative (the title says what the idea
 * is, not what the picture shows). The page sends it with the idea (multipart), checked and stored with it in one
 * transaction; the API sets it apart. Only the author changes it, while the phase is open (403, 409); not on a hidden
 * idea, nor on a published one under pre-moderation (the moderators let it out as it was), though it can be removed.
 * It is served on the portal to whoever may see the idea (404 otherwise), under a URL that carries its version;
 * cached only when published, and for an hour, so one the moderators hide leaves shared caches soon.</li>
 * <li>Comments are threaded one level deep: a reply to a reply is attached to that reply's top comment (not refused,
 * so nothing a citizen wrote is lost).</li>
 * <li>Moderation (permission moderate): anyone signed in flags an idea or a comment once (unique item, person); the
 * queue lists items with flags not yet decided on and items held by pre-moderation; hide needs a reason, which the
 * author sees on their item; restore (reason, logged) and publish (pre-moderated items) make it public again. Pending
 * and hidden items are shown only to their author and to moderators; a hidden top comment hides its replies from
 * others too. Every decision is kept in {@code moderation_decision}. Staff switch pre-moderation per consultation.</li>
 * <li>Budget amounts are whole euros. Staff (edit-consultations) give a budget only to a phase whose method is
 * {@code budget} (409 otherwise); a ballot holds {@code minProjects} (default 1) to {@code maxProjects} (default: no
 * limit) projects, costs at most the total and at least {@code minSpendPercent} of it (rounded up to the euro). Once a
 * budget has ballots, only the projects' titles, descriptions and districts may change (409 otherwise): the envelope,
 * rules, list of projects and costs are what the ballots were cast on.</li>
 * <li>A ballot is final (no replacement, no withdrawal, as on paper) and kept server-side only once cast: the page
 * checks a selection server-side and passes it along in the query. Ballots live in {@code budget_ballot} (unique
 * phase_id, citizen_subject) and {@code budget_ballot_project} (composite foreign keys keep a ballot's projects in its
 * own budget); one {@code insert ... on conflict do nothing} statement stores a ballot and its projects, so concurrent
 * casts leave one ballot and the others get a clean 409 with the date of the first.</li>
 * <li>Contributions received on paper, by phone or at the counter are recorded by an agent (permission
 * {@code record-contributions}) while the phase is open, checked like a citizen's: they have no author account
 * (author null), name the agent ({@code recorded_by}) and optionally a contact to answer. A check constraint keeps
 * every online contribution tied to its author, and the one-per-citizen unique constraints (nulls distinct) still
 * hold for them while any number of paper ballots can be recorded. {@code GET /api/consultations/{id}/channels}
 * counts contributions per phase and channel.</li>
 * <li>Each method that takes contributions supplies a {@code ContributionSource} (ideas, survey responses, ballots
 * here), through which follow-up and "my contributions" find them.</li>
 * <li>Map: staff (edit-consultations) give a map only to a phase whose method is {@code map} (409 otherwise): centre,
 * zoom 1..19, optional bounds (south &lt; north, west &lt; east, the centre inside) and 1..20 categories (label 2..60,
 * colour #rrggbb); a category that has pins must be kept (409), though it may be renamed. A signed-in citizen pins a
 * place inside the bounds (checked in code; the database checks the world's ranges), one of the map's categories, a
 * title 3..120 and optional details up to 2000, while the phase is open. One-voice rule of the map: a citizen may pin
 * several places, but a place counts once per person: coordinates are rounded to 6 decimals (about 10 cm) and the
 * database keeps one pin per (phase, author, latitude, longitude), added with {@code on conflict do nothing}, so a
 * repeated or concurrent identical pin stores nothing and answers 409. The author withdraws their pin (deleted with
 * its open flags) while the phase is open. Pins are flagged and moderated as {@code map-pin}, follow the
 * consultation's pre-moderation, and count in the results (per category) only once published. Tiles come from
 * {@code civitas.map.tile-url} when set (its origin is then added to the pages' CSP img-src); unset, the map is a
 * plain background with the pins, and the page lists every pin by category and takes the place as two fields.</li>
 * <li>Debate: staff (edit-consultations) ask a {@code debate} phase's question (5..300) with an optional Markdown
 * context; arguments are taken only once it is asked (409 before). A signed-in citizen gives arguments for or against
 * (text 10..2000) while the phase is open, and agrees or disagrees with others' published arguments (not their own):
 * one reaction per citizen and argument by the primary key of {@code argument_reaction}, set by one
 * {@code insert ... on conflict do update}, so it can change and be withdrawn while open, and 200 identical requests
 * at once leave one row. Arguments are moderated like ideas (kind {@code argument}; pre-moderation holds them); they
 * outlive edits (removing a debate that has arguments is refused by the database). Results (per side: arguments,
 * agree and disagree totals) are for see-analysis or edit-consultations, though each argument's counts are public.</li>
 * <li>Information: a phase that only informs. Its content is one Markdown text (like the consultation's own texts,
 * not one per language), written by staff (edit-consultations) and shown with raw HTML escaped.</li>
 * </ul>
 */
package org.civitas.participation;
