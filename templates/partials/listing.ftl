<#ftl output_format="HTML">
<#-- Lists of transcripts (home, per kind, per speaker, per year): entries, the kind filter and the pager.
     Every uri in the front matter is written from the site root; root is this page's way back to it. -->
<#macro entries list root>
<ul class="interview-list">
<#list list as interview>
  <li>
    <a class="title" href="${root}${interview.slug}/index.html">${interview.title}</a>
    <p class="meta"><span class="kind kind-${interview.kind_key}">${interview.kind}</span><#if interview.date?has_content> · <time datetime="${interview.date}">${interview.date_display}</time></#if><#if interview.publisher?has_content> · ${interview.publisher}</#if> · ${interview.count_text}</p>
    <#if interview.lead?has_content><p class="lead">${interview.lead?truncate_w(280)}</p></#if>
  </li>
</#list>
</ul>
</#macro>

<#-- current (the filter's name) is still taken from a project's own home.ftl of an earlier version. -->
<#macro filters kinds root by_speaker=false current="">
<nav class="filters" aria-label="Filter transcripts">
  <ul class="chips">
  <#list kinds as k>
    <li><a href="${root}${k.uri}"<#if k.current> aria-current="page"</#if>>${k.label}</a> <span class="count">${k.count}</span></li>
  </#list>
    <li><a href="${root}speakers/index.html"<#if by_speaker || (current?has_content && current == "speaker")> aria-current="true"</#if>>By speaker</a></li>
    <li><a href="${root}archive/index.html">By year</a></li>
  </ul>
</nav>
</#macro>

<#macro pager p root label="Pages">
<#if (p.pages > 1)>
<nav class="pager" aria-label="${label}">
  <ul>
    <#if p.prev??><li><a href="${root}${p.prev}" rel="prev">Newer</a></li></#if>
    <#list p.links as l>
      <#if l.gap??><li class="gap" aria-hidden="true">…</li>
      <#elseif l.current><li><a href="${root}${l.uri}" aria-current="page">${l.n}</a></li>
      <#else><li><a href="${root}${l.uri}" aria-label="Page ${l.n}">${l.n}</a></li></#if>
    </#list>
    <#if p.next??><li><a href="${root}${p.next}" rel="next">Older</a></li></#if>
  </ul>
</nav>
</#if>
</#macro>
