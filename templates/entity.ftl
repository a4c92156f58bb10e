<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#import "partials/listing.ftl" as listing>
<#assign root = content.rootpath!"">
<@layout.page title=content.title + (content.pager.page > 1)?then(", page " + content.pager.page, "") kind="index">
<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="${root}entities/index.html">Names</a></li><li><span aria-current="page">${content.title}</span></li></ol></nav>
<h1>${content.title}<#if (content.pager.page > 1)> <span class="muted">page ${content.pager.page} of ${content.pager.pages}</span></#if></h1>
<p class="meta">${content.kind?cap_first}<#if (content.aliases![])?size gt 1> · also: ${content.also?join(", ")}</#if> · ${content.count_text}, newest first</p>
<#list content.groups as g>
<section class="mention-group">
  <h2><a href="${root}${g.uri}">${g.interview}</a></h2>
  <p class="meta"><#if g.date?has_content>${g.date} · </#if>${g.count_text}</p>
  <#assign m = g.best>
  <blockquote cite="${root}${m.uri}"><p><#if m.cut_before!false><span class="elided">… </span></#if>${m.snippet}<#if m.cut_after!false><span class="elided"> …</span></#if></p></blockquote>
  <p class="meta source"><a href="${root}${m.uri}">${m.question}, <span class="pid">${m.paragraph}</span></a></p>
  <#if g.others?has_content><p class="meta also">Also named in: <#list g.others as o><a href="${root}${o.uri}">${o.label}</a><#sep>, </#list></p></#if>
</section>
</#list>
<@listing.pager p=content.pager root=root/>
</@layout.page>
