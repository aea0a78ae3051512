/**
 * The demo municipalities of ops/run.sh (enabled with civitas.demo.enabled=true only).
 */
package org.civitas.demo;
