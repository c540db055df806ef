package org.matchwise.security.api;

import org.matchwise.security.AccountService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/me}: who the caller is, with role and school. */
@RestController
@RequestMapping("/api/v1")
class MeController {

    record MeResponse(String email, String name, String role, String school) {
    }

    private final AccountService accounts;

    MeController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/me")
    MeResponse me() {
        var me = accounts.me();
        return new MeResponse(me.email(), me.displayName(), me.role().name(), me.school());
    }
}
