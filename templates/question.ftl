<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#import "partials/breadcrumb.ftl" as bc>
<#import "partials/credit.ftl" as cr>
<#import "partials/prevnext.ftl" as pn>
<#import "partials/xrefs.ftl" as xr>
<#assign iv = content.interview>
<#assign onepage = content.onepage!false>
<@layout.page title=onepage?then(iv.title, content.heading + " · " + iv.title) lang=iv.language kind="question" ogtype="article">
<@bc.trail root=content.rootpath interview=iv here=onepage?then("", content.heading)/>
<article class="exchange" id="${content.id}" aria-labelledby="${content.id}-title">
  <h1 id="${content.id}-title">${content.heading} <a class="pilcrow" href="#${content.id}" aria-label="Link to this question">¶</a></h1>
  <p class="meta">${iv.kind} · <#if iv.date?has_content><time datetime="${iv.date}">${iv.date_display}</time><#else>undated</#if><#if content.speakers?has_content> · <#list content.speakers as s>${s.name}<#sep>, </#list></#if></p>
  <#if onepage && iv.lead?has_content><p class="lead">${iv.lead}</p></#if>
  ${content.body?no_esc}
  <#if content.aliases?has_content>
  <div class="aliases" hidden><#list content.aliases as from, to><a data-alias="${from}" href="${to}">${from}</a></#list></div>
  </#if>
</article>
<@xr.aside page=content/>
<#if !onepage><@pn.links prev=content.prev!"" next=content.next!""/></#if>
<@cr.credit interview=iv/>
</@layout.page>
