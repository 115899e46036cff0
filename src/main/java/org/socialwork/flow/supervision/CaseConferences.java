package org.socialwork.flow.supervision;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.socialwork.flow.casework.CaseDossier;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Case conferences (个案反思及讨论) on the case file: when the case page is rendered (after casework checked the
 * reader's scope and put the dossier in the model), adds the supervision sessions of format case conference that
 * discussed this case as {@code caseConferences}.
 */
@Component
class CaseConferences implements WebMvcConfigurer, HandlerInterceptor {

  private final SupervisionMapper supervision;

  CaseConferences(SupervisionMapper supervision) {
    this.supervision = supervision;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this).addPathPatterns("/cases/*");
  }

  @Override
  public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                         ModelAndView mav) {
    if (mav != null && "case".equals(mav.getViewName())
        && mav.getModel().get("dossier") instanceof CaseDossier dossier) {
      mav.addObject("caseConferences", supervision.findCaseConferences(dossier.caseFile().getId()));
    }
  }
}
