/**
 * The web explorer: {@code serve}'s loopback HTTP server and {@code export --format site}'s static
 * copy of it. Both hand the same single page (plain ES modules under {@code
 * src/main/resources/io/github/cloudtrailschema/serve/site/}) JSON built from the catalogue, the
 * walk and the {@code format}s the CLI prints; nothing here renders a format of its own.
 *
 * <p>Depends on {@code loading}, {@code model}, {@code trail}, {@code walk}, {@code format}, {@code
 * text} and {@code search} (the ranking behind the search box); nothing depends on it but {@code
 * export} and {@code cli}. Model documentation is HTML from outside the project: it reaches the page
 * only through {@link io.github.cloudtrailschema.serve.DocHtml}'s allow-list, as element trees the
 * page rebuilds with DOM calls.
 */
package io.github.cloudtrailschema.serve;
