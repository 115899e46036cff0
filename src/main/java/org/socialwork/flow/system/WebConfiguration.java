package org.socialwork.flow.system;

import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Chinese by default; {@code ?lang=en} switches to English and a cookie remembers it (no server state). */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

  private static final java.util.regex.Pattern LANGUAGES = java.util.regex.Pattern.compile("zh|zh[_-]CN|en|en[_-][A-Z]{2}");

  @Bean
  LocaleResolver localeResolver() {
    CookieLocaleResolver resolver = new CookieLocaleResolver("lang");
    resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
    // a malformed lang cookie is ignored (the default language), not an error page before login
    resolver.setRejectInvalidCookies(false);
    return resolver;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    // ?lang= switches between the two languages the application has; anything else is ignored
    LocaleChangeInterceptor change = new LocaleChangeInterceptor() {
      @Override
      public boolean preHandle(jakarta.servlet.http.HttpServletRequest request,
                               jakarta.servlet.http.HttpServletResponse response, Object handler)
          throws jakarta.servlet.ServletException {
        String lang = request.getParameter(getParamName());
        return lang == null || !LANGUAGES.matcher(lang).matches() || super.preHandle(request, response, handler);
      }
    };
    change.setParamName("lang");
    change.setIgnoreInvalidLocale(true);
    registry.addInterceptor(change);
  }
}
