<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#import "partials/breadcrumb.ftl" as bc>
<#import "partials/credit.ftl" as cr>
<#assign iv = content.interview>
<@layout.page title=iv.title lang=iv.language kind="interview" ogtype="article">
<@bc.trail root=content.rootpath interview=iv/>
<h1>${iv.title}</h1>
<p class="meta">${iv.kind} · <#if iv.date?has_content><time datetime="${iv.date}">${iv.date_display}</time><#else>undated</#if><#if iv.speakers?has_content> · ${iv.speakers?join(", ")}</#if></p>
${content.body?no_esc}
<@cr.credit interview=iv/>
<#if (content.questions?size > 1)>
<form class="search-in" role="search" action="${content.rootpath}search.html" method="get">
  <input type="hidden" name="interview" value="${iv.slug}">
  <label for="search-in-q">Search this transcript</label>
  <input id="search-in-q" name="q" type="search" autocomplete="off" spellcheck="false">
  <button type="submit">Search</button>
</form>
</#if>
<h2 id="contents">Contents</h2>
<ol class="contents">
<#list content.questions as q>
  <li id="toc-${q.id}"<#if q.number == 0> class="opening"</#if>><a href="${q.uri}">${q.heading}</a> <span class="count">${q.paragraph_count} ¶</span></li>
</#list>
</ol>
<p class="full"><a href="transcript.html"><#if (content.transcript_parts!1) gt 1>Read the full transcript, in ${content.transcript_parts} parts<#else>Read the full transcript on one page</#if></a></p>
</@layout.page>
