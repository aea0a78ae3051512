package org.civitas.identity.domain;

import java.util.Set;

/** A person's account in a municipality's realm, with its realm roles. */
public record UserAccount(String id, String username, String email, String firstName, String lastName,
                          boolean enabled, Set<String> roles) {
}
