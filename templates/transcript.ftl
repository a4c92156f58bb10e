<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#import "partials/breadcrumb.ftl" as bc>
<#import "partials/credit.ftl" as cr>
<#assign iv = content.interview>
<@layout.page title="Full transcript · " + iv.title lang=iv.language kind="transcript">
<@bc.trail root=content.rootpath interview=iv here="Full transcript"/>
<h1>${iv.title}</h1>
<p class="meta">Full transcript · ${iv.kind} · <#if iv.date?has_content><time datetime="${iv.date}">${iv.date_display}</time><#else>undated</#if></p>
<@cr.credit interview=iv/>
<nav class="toc" aria-label="Questions">
  <ol>
  <#list content.questions as q>
    <li><a href="#${q.id}">${q.heading}</a></li>
  </#list>
  </ol>
</nav>
${content.body?no_esc}
</@layout.page>
