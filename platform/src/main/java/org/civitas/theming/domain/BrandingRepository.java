package org.civitas.theming.domain;

import java.util.Map;
import java.util.Optional;

/** The current tenant's branding: a published edition and possibly a draft, and the logos they use. */
public interface BrandingRepository {
    /** The edition of a stage, if one was saved (none published yet: the theme alone). */
    Optional<BrandingEdition> find(BrandingEdition.Stage stage);

    /**
     * Replaces the editions given (draft, published or both) in one transaction, storing {@code newLogo} first when
     * not null (kept by its hash); logos no edition uses any more are removed.
     */
    void save(Map<BrandingEdition.Stage, BrandingEdition> editions, LogoImage newLogo);

    /** The draft becomes the published edition, in one transaction; nothing happens without a draft. */
    void publishDraft();

    /** Drops the draft (staff then start again from the published edition). */
    void discardDraft();

    Optional<LogoImage> logo(String hash);
}
