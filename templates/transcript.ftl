<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#import "partials/breadcrumb.ftl" as bc>
<#import "partials/credit.ftl" as cr>
<#assign iv = content.interview>
<#assign heading = content.heading!"Full transcript">
<@layout.page title=heading + " · " + iv.title lang=iv.language kind="transcript">
<@bc.trail root=content.rootpath interview=iv here=heading/>
<h1>${iv.title}</h1>
<p class="meta">${heading} · ${iv.kind} · <#if iv.date?has_content><time datetime="${iv.date}">${iv.date_display}</time><#else>undated</#if></p>
<@cr.credit interview=iv/>
<#-- A long transcript is cut into parts between questions; each part lists all parts and its own questions. -->
<#if content.parts??>
<nav class="toc parts" aria-label="Parts of the transcript">
  <ol>
  <#list content.parts as p>
    <li><#if p?counter == content.part><span aria-current="page">${p.label}</span><#else><a href="${p.uri}">${p.label}</a></#if></li>
  </#list>
  </ol>
</nav>
</#if>
<nav class="toc" aria-label="Questions">
  <ol>
  <#list content.questions as q>
    <li><a href="#${q.id}">${q.heading}</a></li>
  </#list>
  </ol>
</nav>
${content.body?no_esc}
<#if content.parts??>
<nav class="prev-next" aria-label="Parts">
  <#if content.prev_part??><a class="prev" rel="prev" href="${content.prev_part.uri}"><span class="dir">Previous</span> ${content.prev_part.label}</a><#else><span></span></#if>
  <a class="up" href="index.html">All questions</a>
  <#if content.next_part??><a class="next" rel="next" href="${content.next_part.uri}"><span class="dir">Next</span> ${content.next_part.label}</a><#else><span></span></#if>
</nav>
</#if>
</@layout.page>
