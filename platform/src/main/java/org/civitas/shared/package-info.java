/**
 * The shared kernel: error model (problem+json), field errors, the tenant-data qualifier. Depends on no feature.
 */
package org.civitas.shared;
