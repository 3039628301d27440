/** Translations: Vietnamese first, English second, behind Vaadin's I18NProvider. */
@NullMarked
@NamedInterface("i18n")
package vn.kynangso.base.i18n;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
