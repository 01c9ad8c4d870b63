package org.livesurvey.web;

import java.util.List;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Logs the one maintainer in: the user name and the admin credential as password, compared in constant time. */
final class MaintainerAuthenticationProvider implements AuthenticationProvider {

    private final String user;
    private final String role;
    private final AdminCredential credential;

    MaintainerAuthenticationProvider(String user, String role, AdminCredential credential) {
        this.user = user;
        this.role = role;
        this.credential = credential;
    }

    @Override
    public Authentication authenticate(Authentication login) {
        if (!credential.configured()) {
            throw new DisabledException("no admin credential is configured (livesurvey.admin-token)");
        }
        boolean rightPassword = credential.matches(String.valueOf(login.getCredentials()));
        if (!user.equals(login.getName()) || !rightPassword) {
            throw new BadCredentialsException("wrong user name or password");
        }
        return UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role)));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
