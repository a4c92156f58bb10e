<#ftl output_format="XML">
<?xml version="1.0" encoding="UTF-8"?>
<#-- Rendered only with a base URL: a sitemap needs absolute addresses. Sorted by address for reproducible builds. -->
<#assign base = config.site_host?ensure_ends_with("/")>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<#list published_content?sort_by("uri") as page>
  <url><loc>${base}${page.uri}</loc><#if page.type != "home" && page.type != "page"><lastmod>${page.date?string("yyyy-MM-dd")}</lastmod></#if></url>
</#list>
</urlset>
