/**
 * Tenancy: the tenant directory (schema platform), onboarding and lifecycle, schema-per-tenant migrations, and the one place a request's tenant is resolved (TenantResolutionFilter).
 */
package org.civitas.tenancy;
