package org.matchwise.security.api;

import java.util.List;
import org.matchwise.security.AccountService;
import org.matchwise.security.AccountService.UserSummary;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/users}: the accounts of the caller's school (admins only). */
@RestController
@RequestMapping("/api/v1")
class UsersController {

    private final AccountService accounts;

    UsersController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/users")
    List<UserSummary> users() {
        return accounts.usersOfMySchool();
    }
}
