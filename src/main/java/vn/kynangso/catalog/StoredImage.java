package vn.kynangso.catalog;

/**
 * A picture added to a course in the app, as stored: its content-addressed file name
 * ({@code 3f2a9c0d1e4b5a67.jpg}), bytes, media type ({@code image/jpeg}) and size in pixels.
 */
public record StoredImage(String fileName, byte[] bytes, String mediaType, int width, int height) {}
