package org.civitas.theming.domain;

import java.util.Optional;

/** The current tenant's branding: a published edition and possibly a draft, and the logos they use. */
public interface BrandingRepository {
    /** The edition of a stage, if one was saved (none published yet: the theme alone). */
    Optional<BrandingEdition> find(BrandingEdition.Stage stage);

    /** Replaces the edition of a stage (one transaction); logos no edition uses any more are removed. */
    void save(BrandingEdition.Stage stage, BrandingEdition edition);

    /** Stores a logo (kept by its hash) and saves the edition that uses it, in one transaction. */
    void save(BrandingEdition.Stage stage, BrandingEdition edition, LogoImage logo);

    /** The draft becomes the published edition, in one transaction; nothing happens without a draft. */
    void publishDraft();

    /** Drops the draft (staff then start again from the published edition). */
    void discardDraft();

    Optional<LogoImage> logo(String hash);
}
