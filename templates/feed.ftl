<#ftl output_format="XML">
<?xml version="1.0" encoding="UTF-8"?>
<#-- Atom feed of interviews, newest first; rendered only with a base URL (entries need absolute addresses). -->
<#assign base = config.site_host?ensure_ends_with("/")>
<#assign entries = published_interviews?sort_by("uri")?sort_by("date")?reverse>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>${config.site_title}</title>
  <subtitle>${config.site_description}</subtitle>
  <id>${base}</id>
  <link rel="self" type="application/atom+xml" href="${base}feed.xml"/>
  <link rel="alternate" type="text/html" href="${base}index.html"/>
  <updated><#if entries?has_content>${entries[0].date?string("yyyy-MM-dd")}<#else>1970-01-01</#if>T00:00:00Z</updated>
<#list entries as entry>
  <entry>
    <title>${entry.title}</title>
    <id>${base}${entry.uri}</id>
    <link rel="alternate" type="text/html" href="${base}${entry.uri}"/>
    <updated>${entry.date?string("yyyy-MM-dd")}T00:00:00Z</updated>
    <author><name><#if entry.interview.publisher?has_content>${entry.interview.publisher}<#else>${config.site_title}</#if></name></author>
    <summary>${entry.description!entry.title}</summary>
  </entry>
</#list>
</feed>
