package io.leadrelay.portal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.leadrelay.security.Viewer;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the signed-in viewer, so the layout can show each role its own navigation. */
@ControllerAdvice
class PortalModel {

    @ModelAttribute("viewer")
    Viewer viewer(Authentication authentication) {
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return Viewer.of(authentication);
    }

    /** Figures for the charts, as JSON that is safe inside a {@code <script>} element. */
    @Component
    static class ChartData {

        private final ObjectMapper json;

        ChartData(ObjectMapper json) {
            this.json = json;
        }

        String of(Object figures) {
            try {
                return json.writeValueAsString(figures).replace("<", "\\u003c");
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
