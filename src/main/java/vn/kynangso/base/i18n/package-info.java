/** Translations: Vietnamese first, English second, behind Vaadin's I18NProvider. */
@NullMarked
package vn.kynangso.base.i18n;

import org.jspecify.annotations.NullMarked;
