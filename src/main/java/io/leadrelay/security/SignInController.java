package io.leadrelay.security;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Our own sign-in page, in the portal's look, instead of Spring Security's generated one; Spring handles the POST. */
@Controller
class SignInController {

    @GetMapping("/login")
    String signIn() {
        return "pages/login";
    }
}
