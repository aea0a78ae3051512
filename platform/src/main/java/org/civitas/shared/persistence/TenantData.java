package org.civitas.shared.persistence;

import jakarta.inject.Qualifier;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Qualifies what is bound to the current request's tenant: its EntityManager ({@code @TenantData EntityManager}) and
 * its schema's name ({@code @TenantData String}, for native SQL through {@link TenantTables}). Only the tenancy feature
 * decides which schema that is.
 */
@Qualifier
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE})
public @interface TenantData {
}
