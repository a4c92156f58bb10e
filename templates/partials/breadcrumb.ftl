<#ftl output_format="HTML">
<#-- Where the page sits: home, interview, then the page itself (not a link). -->
<#macro trail root interview="" here="">
<nav class="breadcrumb" aria-label="Breadcrumb">
  <ol>
    <li><a href="${root}index.html">Transcripts</a></li>
    <#if interview?has_content>
    <#if here?has_content>
    <li><a href="index.html">${interview.title}</a></li>
    <li><span aria-current="page">${here}</span></li>
    <#else>
    <li><span aria-current="page">${interview.title}</span></li>
    </#if>
    </#if>
  </ol>
</nav>
</#macro>
