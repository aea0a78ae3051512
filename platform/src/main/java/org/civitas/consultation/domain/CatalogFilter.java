package org.civitas.consultation.domain;

/** What a citizen narrows the catalog to; every part is optional (null = any). */
public record CatalogFilter(Timing timing, String tag, String district, String text) {
    public static final CatalogFilter ALL = new CatalogFilter(null, null, null, null);

    public boolean isEmpty() {
        return timing == null && tag == null && district == null && text == null;
    }
}
