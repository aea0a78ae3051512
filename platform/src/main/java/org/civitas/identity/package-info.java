/**
 * Identity: a Keycloak realm per municipality (made at onboarding), bearer tokens checked against the resolved
 * tenant's issuer only, the portal's server-side sign-in with signed stateless cookies, and what each role may do
 * (built-in and custom roles; Keycloak holds who has which role).
 */
package org.civitas.identity;
