<#ftl output_format="HTML">
<#-- The one page layout. Every link is relative to the page (root = path to the site root), so the site works
     under any subpath and from file://; absolute URLs (canonical, OpenGraph) appear only when the base URL is set. -->
<#macro page title root=content.rootpath!"" description=(content.description)!config.site_description lang="en" kind="" ogtype="website" refresh="">
<#assign base = config.site_host?has_content?then(config.site_host?ensure_ends_with("/"), "")>
<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<#-- The page may load scripts, styles, images and data only from the site itself: no inline script, style or
     handler, no plugin, no <base>. JSON data blocks (JSON-LD, citations) are not scripts and are not run. -->
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · ${config.site_title}</title>
<meta name="description" content="${description}">
<meta name="color-scheme" content="light dark">
<#if refresh?has_content><meta http-equiv="refresh" content="0; url=${refresh}"></#if>
<#if base?has_content && content.uri?has_content>
<link rel="canonical" href="${base}${content.uri}">
<meta property="og:url" content="${base}${content.uri}">
</#if>
<meta property="og:type" content="${ogtype}">
<meta property="og:site_name" content="${config.site_title}">
<meta property="og:title" content="${title}">
<meta property="og:description" content="${description}">
<meta name="twitter:card" content="summary">
<meta name="twitter:title" content="${title}">
<meta name="twitter:description" content="${description}">
<link rel="stylesheet" href="${root}css/site.css">
<#if base?has_content><link rel="alternate" type="application/atom+xml" title="${config.site_title}: new interviews" href="${root}feed.xml"></#if>
<#if (content.jsonld)?has_content><script type="application/ld+json">${content.jsonld?no_esc}</script></#if>
<#-- Citation strings per paragraph for the page script's Copy quote and Cite (JSON made and escaped in Java). -->
<#if (content.citations)?has_content><script type="application/json" id="citations">${content.citations?no_esc}</script></#if>
</head>
<body<#if kind?has_content> class="${kind}"</#if>>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
  <a class="brand" href="${root}index.html">${config.site_title}</a>
  <nav class="site-nav" aria-label="Site">
    <a href="${root}index.html">Transcripts</a>
    <a href="${root}archive/index.html">Archive</a>
    <a href="${root}topics/index.html">Topics</a>
    <a href="${root}entities/index.html">Names</a>
    <a href="${root}figures.html">Figures</a>
    <a href="${root}about.html">About</a>
  </nav>
  <form class="site-search" role="search" action="${root}search.html" method="get">
    <label class="visually-hidden" for="site-q">Search the transcripts</label>
    <input id="site-q" name="q" type="search" placeholder="Search" autocomplete="off">
    <button type="submit">Search</button>
  </form>
</header>
<main id="main" tabindex="-1">
<#nested>
</main>
<footer class="site-footer">
  <p>Built with Verbatim from transcripts as published; each interview page names its source and licence.</p>
  <#if base?has_content && content.uri?has_content><p class="print-only">This page: ${base}${content.uri}</p></#if>
</footer>
<script src="${root}js/site.js" defer></script>
</body>
</html>
</#macro>
