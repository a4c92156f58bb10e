<#ftl output_format="HTML">
<#-- The one page layout. Every link is relative to the page (root = path to the site root), so the site works
     under any subpath and from file://. -->
<#macro page title root=content.rootpath!"" description=config.site_description lang="en" kind="">
<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · ${config.site_title}</title>
<meta name="description" content="${description}">
<meta name="color-scheme" content="light dark">
<link rel="stylesheet" href="${root}css/site.css">
</head>
<body<#if kind?has_content> class="${kind}"</#if>>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
  <a class="brand" href="${root}index.html">${config.site_title}</a>
  <nav class="site-nav" aria-label="Site">
    <a href="${root}index.html">Interviews</a>
    <a href="${root}about.html">About</a>
  </nav>
</header>
<main id="main" tabindex="-1">
<#nested>
</main>
<footer class="site-footer">
  <p>Built with Verbatim from transcripts as published; each interview page names its source and licence.</p>
</footer>
</body>
</html>
</#macro>
